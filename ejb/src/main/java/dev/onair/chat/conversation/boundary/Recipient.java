package dev.onair.chat.conversation.boundary;

/** Where a message goes: a user (a private conversation) or a group. */
public record Recipient(boolean group, long id) {

    public static Recipient user(long userId) {
        return new Recipient(false, userId);
    }

    public static Recipient group(long groupId) {
        return new Recipient(true, groupId);
    }
}
