package dev.onair.chat.conversation.boundary;

/**
 * One entry of a user's conversation list.
 *
 * @param kind      {@code private} or {@code group}
 * @param peer      the other user, for a private conversation; {@code null} otherwise
 * @param group     the group, for a group conversation; {@code null} otherwise
 * @param unread    messages after the user's read cursor that others sent
 * @param delivered the id of the message the user's delivered cursor is at (0 = none; the cursor
 *                  itself moves by store order, seq, so after a message stored late this id may be lower)
 * @param read      the same for the read cursor
 */
public record ConversationSummary(String id, String kind, Party peer, Party group, ConversationMessage last,
                                  long unread, long delivered, long read) {

    /** A user or group, by id and name. */
    public record Party(long id, String name) {
    }
}
