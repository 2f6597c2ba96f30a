package dev.onair.chat.conversation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ConversationArchiveTest {

    @Test
    void seqRangesNumberTheirParametersInPairsFromOne() {
        assertEquals("(m.conversation_id = ?1 AND m.seq > ?2) OR (m.conversation_id = ?3 AND m.seq > ?4)",
                ConversationArchive.seqRanges("m", 2));
    }

    @Test
    void oneRangeIsOnePair() {
        assertEquals("(u.conversation_id = ?1 AND u.seq > ?2)", ConversationArchive.seqRanges("u", 1));
    }
}
