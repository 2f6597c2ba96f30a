package dev.onair.chat.conversation.boundary;

import java.util.List;

/**
 * A batch of a user's undelivered messages, oldest first.
 *
 * @param complete nothing more after these (a full batch says false: ask again after its last id)
 */
public record Backlog(List<ConversationMessage> messages, boolean complete) {
}
