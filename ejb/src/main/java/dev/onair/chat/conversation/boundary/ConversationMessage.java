package dev.onair.chat.conversation.boundary;

import dev.onair.chat.message.boundary.Sender;

/**
 * An accepted private or group message, as pushed (op 1001 / 1002), stored and read back.
 *
 * @param id           the server id (time-ordered, unique across all messages)
 * @param conversation the conversation id ({@link ConversationId})
 * @param content      after the sensitive-word filter
 * @param ts           when the server accepted it, epoch milliseconds
 */
public record ConversationMessage(long id, String conversation, Sender from, String type, String content, long ts) {
}
