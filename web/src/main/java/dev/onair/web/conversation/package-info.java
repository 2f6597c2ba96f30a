/** {@code /api/v1/conversations}: a user's private and group conversations and their histories. */
package dev.onair.web.conversation;
