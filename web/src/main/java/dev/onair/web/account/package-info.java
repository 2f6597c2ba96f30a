/** HTTP doors of the account component: register, log in, the caller's own account and stream key. */
package dev.onair.web.account;
