package dev.onair.chat.conversation.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConversationIdTest {

    @Test
    void aPairHasOneIdWhoeverWritesFirst() {
        assertEquals("p-12-42", ConversationId.direct(42, 12).value());
        assertEquals(ConversationId.direct(12, 42), ConversationId.direct(42, 12));
        assertEquals("g-7", ConversationId.group(7).value());
    }

    @Test
    void parsesOnlyTheOneSpelling() {
        assertEquals(Optional.of(new ConversationId("p-12-42")), ConversationId.parse("p-12-42"));
        assertEquals(Optional.of(new ConversationId("g-7")), ConversationId.parse("g-7"));
        for (String bad : new String[] {"p-42-12", "p-12-12", "p-012-42", "p-12", "g-0", "g-07", "g--1", "x-1",
                "p-12-42 ", "", "g-99999999999999999999", "G-7"}) {
            assertEquals(Optional.empty(), ConversationId.parse(bad), bad);
        }
        assertEquals(Optional.empty(), ConversationId.parse(null));
    }

    @Test
    void knowsItsMembersAndGroup() {
        ConversationId pair = ConversationId.direct(12, 42);
        assertTrue(pair.isBetween(12));
        assertTrue(pair.isBetween(42));
        assertFalse(pair.isBetween(1));
        assertEquals(42, pair.peerOf(12));
        assertEquals(12, pair.peerOf(42));
        assertThrows(IllegalArgumentException.class, () -> pair.peerOf(7));
        assertFalse(pair.isGroup());
        ConversationId group = ConversationId.group(7);
        assertTrue(group.isGroup());
        assertEquals(7, group.groupId());
        assertFalse(group.isBetween(7));
    }

    @Test
    void refusesAConversationWithOneself() {
        assertThrows(IllegalArgumentException.class, () -> ConversationId.direct(5, 5));
        assertThrows(IllegalArgumentException.class, () -> ConversationId.group(0));
    }

    @Test
    void cursorsHaveTheirWireNames() {
        assertEquals("read", Cursor.READ.wireName());
        assertEquals(Optional.of(Cursor.DELIVERED), Cursor.ofWire("delivered"));
        assertEquals(Optional.empty(), Cursor.ofWire("Delivered"));
    }
}
