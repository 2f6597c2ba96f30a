package dev.onair.chat.message.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onair.chat.message.boundary.Accepted;
import org.junit.jupiter.api.Test;

class ClientIdsTest {

    @Test
    void aConfirmedClaimIsTheFirstAnswerMarkedDuplicate() {
        ClientIds.Claim claim = ClientIds.parse("123456789:1700000000000").orElseThrow();
        assertEquals(new Accepted(123456789L, 1700000000000L, true), claim.answer());
        assertFalse(claim.pending());
    }

    @Test
    void aPendingClaimSaysItsMessageMayNotBeQueued() {
        ClientIds.Claim claim = ClientIds.parse("42:7:p").orElseThrow();
        assertEquals(new Accepted(42, 7, true), claim.answer());
        assertTrue(claim.pending());
    }

    @Test
    void noValueNoClaim() {
        assertTrue(ClientIds.parse(null).isEmpty());
    }
}
