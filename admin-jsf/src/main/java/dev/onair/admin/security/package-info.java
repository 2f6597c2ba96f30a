/**
 * Who may use the console: a custom-form Jakarta Security mechanism backed by the account
 * component ({@link dev.onair.admin.security.AccountIdentityStore}), the gate that keeps an
 * admin on the password-change page until the initial password is replaced, and the audit
 * trail of sign-ins, failures, password changes and sign-outs.
 */
package dev.onair.admin.security;
