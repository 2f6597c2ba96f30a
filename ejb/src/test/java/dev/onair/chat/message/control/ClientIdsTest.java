package dev.onair.chat.message.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onair.chat.message.boundary.Accepted;
import org.junit.jupiter.api.Test;

class ClientIdsTest {

    @Test
    void roomKeysKeepTheirLayoutAndScopesCannotCollideWithThem() {
        assertEquals("onair:chat:client:7:abc", ClientIds.key(7, ClientIds.ROOMS, "abc"));
        assertEquals("onair:chat:client:7@p-7-9:abc", ClientIds.key(7, "p-7-9", "abc"));
        assertNotEquals(ClientIds.key(7, ClientIds.ROOMS, "p-7-9:abc"), ClientIds.key(7, "p-7-9", "abc"));
        assertNotEquals(ClientIds.key(7, "g-1", "x"), ClientIds.key(7, "g-2", "x"));
    }

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
