package dev.onair.chat.message.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class ClientIdsTest {

    @Test
    void roomKeysKeepTheirLayoutAndScopesCannotCollideWithThem() {
        assertEquals("onair:chat:client:7:abc", ClientIds.key(7, ClientIds.ROOMS, "abc"));
        assertEquals("onair:chat:client:7@p-7-9:abc", ClientIds.key(7, "p-7-9", "abc"));
        assertNotEquals(ClientIds.key(7, ClientIds.ROOMS, "p-7-9:abc"), ClientIds.key(7, "p-7-9", "abc"));
        assertNotEquals(ClientIds.key(7, "g-1", "x"), ClientIds.key(7, "g-2", "x"));
    }
}
