package dev.onair.chat.conversation.boundary;

/**
 * One entry of a user's conversation list.
 *
 * @param kind      {@code private} or {@code group}
 * @param peer      the other user, for a private conversation; {@code null} otherwise
 * @param group     the group, for a group conversation; {@code null} otherwise
 * @param unread    messages after the user's read cursor that others sent
 * @param delivered the user's delivered cursor (a message id, 0 = none)
 * @param read      the user's read cursor
 */
public record ConversationSummary(String id, String kind, Party peer, Party group, ConversationMessage last,
                                  long unread, long delivered, long read) {

    /** A user or group, by id and name. */
    public record Party(long id, String name) {
    }
}
