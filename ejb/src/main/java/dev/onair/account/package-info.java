/**
 * Accounts: registration, login, passwords, access tokens and each account's
 * secret stream key. {@code boundary} is the only entry point for other
 * components and the web/websocket/admin modules.
 */
package dev.onair.account;
