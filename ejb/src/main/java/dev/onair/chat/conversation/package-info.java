/**
 * Private (two users) and group conversations: sending a message to a user or
 * a group over the socket, its durable, ordered delivery (Artemis queue
 * {@code onair.chat.deliver}, grouped by conversation → MDB that stores it
 * once in {@code conversation_messages} and then pushes it to the recipients
 * through the push topic), per (conversation, user) delivered/read cursors
 * with receipts, the offline backlog a socket gets when it connects, and the
 * conversation list and history read over HTTP. The checks a message passes
 * are the room messages' ({@code chat.message.control.MessageIntake}).
 */
package dev.onair.chat.conversation;
