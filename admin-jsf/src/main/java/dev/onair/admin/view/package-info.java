/**
 * Backing beans of the console pages: sign-in, password change, sign-out and the dashboard.
 * They only collect input and call the EJB boundaries; every rule lives there.
 */
package dev.onair.admin.view;
