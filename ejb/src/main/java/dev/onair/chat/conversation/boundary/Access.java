package dev.onair.chat.conversation.boundary;

/** What a user may do with a conversation id: read it, not (it exists), or nothing is there. */
public enum Access {
    MEMBER, FORBIDDEN, NOT_FOUND
}
