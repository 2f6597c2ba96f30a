package dev.onair.chat.conversation.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onair.chat.message.boundary.Sender;
import java.util.List;
import org.junit.jupiter.api.Test;

class BacklogTest {

    private static final Backlog.Position AFTER = new Backlog.Position("g-4", 9);

    @Test
    void moreFoundThanTheBatchHoldsIsAFullBatchThatGoesOnAfterItsLastMessage() {
        // a message stored late: lower id than the one before it, higher seq
        List<Backlog.Entry> found = List.of(entry("p-1-2", 30, 5), entry("p-1-2", 20, 6), entry("p-1-3", 10, 1));

        Backlog cut = Backlog.of(found, 2, AFTER);

        assertEquals(List.of(30L, 20L), cut.messages().stream().map(ConversationMessage::id).toList(),
                "in the order read (seq), not by id");
        assertFalse(cut.complete());
        assertEquals(new Backlog.Position("p-1-2", 6), cut.next(), "after the last message's seq, not its id");
    }

    @Test
    void noMoreThanTheBatchHoldsIsComplete() {
        Backlog cut = Backlog.of(List.of(entry("p-1-2", 30, 5), entry("p-1-3", 10, 1)), 2, AFTER);

        assertEquals(2, cut.messages().size());
        assertTrue(cut.complete());
        assertEquals(new Backlog.Position("p-1-3", 1), cut.next());
    }

    @Test
    void nothingFoundStaysWhereItWas() {
        Backlog cut = Backlog.of(List.of(), 2, AFTER);

        assertEquals(List.of(), cut.messages());
        assertTrue(cut.complete());
        assertEquals(AFTER, cut.next());
    }

    private static Backlog.Entry entry(String conversation, long id, long seq) {
        return new Backlog.Entry(new ConversationMessage(id, conversation, new Sender(1, "a"), "text", "m", 0), seq);
    }
}
