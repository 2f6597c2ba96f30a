/** What the account component offers: {@link dev.onair.account.boundary.Accounts} and {@link dev.onair.account.boundary.AccessTokens}. */
package dev.onair.account.boundary;
