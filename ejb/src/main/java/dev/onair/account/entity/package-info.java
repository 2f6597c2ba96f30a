/** What the account component stores: the {@code users} table. */
package dev.onair.account.entity;
