package dev.onair.websocket.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onair.chat.conversation.boundary.Backlog;
import dev.onair.chat.conversation.boundary.ConversationMessage;
import dev.onair.chat.conversation.boundary.ConversationMessageJson;
import dev.onair.chat.message.boundary.Sender;
import dev.onair.websocket.protocol.Frame;
import dev.onair.websocket.protocol.Outbound;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConversationFeedTest {

    private final ConversationFeed feed = new ConversationFeed();
    private final List<Outbound> released = new ArrayList<>();

    @Test
    void holdsLiveMessagesWhileTheBacklogIsReadThenSendsThemAfterItOnce() {
        assertFalse(feed.admits(push(3)), "held during the read");
        assertFalse(feed.admits(push(4)));
        assertTrue(feed.admits(Outbound.of(Frame.push(1000, "room".getBytes()))), "other ops pass");

        feed.deliver(released::add, complete(message(1), message(2), message(3)));

        assertEquals(2, released.size(), "the batch, then the held 4 (3 was in the batch)");
        assertEquals(3, released.get(0).frameCount());
        assertEquals(4L, ConversationFeed.messageId(released.get(1)));
        assertFalse(feed.admits(push(4)), "a repeat is dropped");
        assertTrue(feed.admits(push(5)), "live again");
    }

    @Test
    void aFullBatchWaitsForTheAckOfItsLastMessage() {
        Backlog.Position afterTwo = new Backlog.Position("p-1-2", 7);
        feed.deliver(released::add, new Backlog(List.of(message(1), message(2)), false, afterTwo));
        assertTrue(feed.admits(push(9)), "between batches live messages pass");
        assertEquals(Optional.empty(), feed.acked("p-1-2", 1));
        assertEquals(Optional.empty(), feed.acked("p-1-3", 2), "another conversation");
        assertEquals(Optional.of(afterTwo), feed.acked("p-1-2", 2), "the next batch starts after the last one");
        assertEquals(Optional.empty(), feed.acked("p-1-2", 2), "once");
        assertFalse(feed.admits(push(10)), "held again while the next batch is read");
        released.clear();
        feed.deliver(released::add, complete(message(3), message(9)));
        assertEquals(2, released.size());
        assertEquals(1, released.get(0).frameCount(), "9 came live already");
        assertEquals(Optional.empty(), feed.acked("p-1-2", 9), "complete: nothing follows");
    }

    @Test
    void doesNotEchoWhatTheSocketSentItself() {
        feed.deliver(released::add, complete());
        feed.sentHere(7);
        assertFalse(feed.admits(push(7)));
        assertTrue(feed.admits(push(8)));
    }

    private static Backlog complete(ConversationMessage... messages) {
        return new Backlog(List.of(messages), true, Backlog.Position.START);
    }

    private static ConversationMessage message(long id) {
        return new ConversationMessage(id, "p-1-2", new Sender(1, "a"), "text", "m" + id, 1000 + id);
    }

    private static Outbound push(long id) {
        return Outbound.of(Frame.push(ConversationMessageJson.PRIVATE_OP, ConversationMessageJson.bytes(message(id))));
    }
}
