package dev.onair.chat.conversation.control;

import dev.onair.chat.conversation.boundary.ConversationId;
import dev.onair.chat.group.boundary.MembershipChanged;
import dev.onair.chat.message.control.MessageIds;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;

/**
 * Keeps a group conversation's members in step with the group, in the
 * transaction that changed the group: a new member's cursors start at the
 * messages stored so far (their seq; shown as the first id of the join
 * time), so its backlog and unread count begin there; a
 * member who leaves loses its row and, with it, the backlog and the conversation.
 */
@ApplicationScoped
public class GroupParticipants {

    @Inject
    ConversationArchive archive;

    @Inject
    Clock clock;

    void changed(@Observes MembershipChanged change) {
        String conversation = ConversationId.group(change.groupId()).value();
        if (change.member()) {
            archive.joinGroup(conversation, change.userId(), MessageIds.firstAt(clock.millis()) - 1);
        } else {
            archive.leave(conversation, change.userId());
        }
    }
}
