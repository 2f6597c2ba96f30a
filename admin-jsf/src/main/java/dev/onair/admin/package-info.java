/**
 * The admin console: a Faces (PrimeFaces) web module served under {@code /admin}, for
 * accounts with the {@code admin} role only. {@code security} signs admins in and enforces the
 * first-login password change; {@code view} holds the backing beans of the pages.
 */
package dev.onair.admin;
