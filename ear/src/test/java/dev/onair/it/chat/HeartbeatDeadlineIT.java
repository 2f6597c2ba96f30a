package dev.onair.it.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onair.it.support.Api;
import dev.onair.it.support.Stack;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The heartbeat deadline on the ordinary test stack. A client that states its
 * heartbeat interval in the auth body ({@code "heartbeat"}, seconds) gets
 * twice that as its socket's window instead of {@code onair.ws.heartbeat-timeout}
 * (eight minutes), so a 3 s interval shows the real deadline sweep closing a
 * silent socket after 6 s, while nothing about the other tests' sockets changes.
 */
class HeartbeatDeadlineIT {

    private static final int INTERVAL_SECONDS = 3;
    /** Beats come three times per stated interval: a stalled test JVM has 5 s of slack before a miss. */
    private static final long BEAT_MILLIS = 1000;
    /** How many beats the silent socket may take to close: its window is 6 beats; the rest is slack, not a timing. */
    private static final int MAX_BEATS = 60;
    private static final int WINDOW_BEATS = 2 * INTERVAL_SECONDS;

    @Test
    void closesASilentSocketAtItsWindowAndKeepsHeartbeatingAndDefaultOnes() throws InterruptedException {
        try (GoimClient silent = GoimClient.authenticatedAt(Stack.ws(), auth("whs", INTERVAL_SECONDS));
             GoimClient beating = GoimClient.authenticatedAt(Stack.ws(), auth("whb", INTERVAL_SECONDS));
             GoimClient unstated = GoimClient.authenticatedAt(Stack.ws(), auth("whu", 0))) {
            int beats = 0;
            while (!silent.isClosed() && beats < MAX_BEATS) {
                beat(beating, ++beats);
            }
            assertTrue(silent.isClosed(), "the silent socket outlived " + MAX_BEATS + " beats");
            WireFrame error = silent.nextFrame();
            SubAuthIT.assertErrorFrame(error, 0, 1008);
            GoimClient.Close close = silent.awaitClose();
            assertEquals(1008, close.code());
            assertEquals("heartbeat timeout", close.reason());

            for (int more = 0; more < WINDOW_BEATS + 2; more++) {
                beat(beating, ++beats);
            }
            assertFalse(beating.isClosed(), "heartbeats keep a socket past its window: " + beats + " beats");
            assertFalse(unstated.isClosed(), "a socket that stated no interval keeps the configured window");
        }
    }

    /** Waits a beat, then heartbeats (op 2) and expects the reply (op 3) with the same sequence. */
    private static void beat(GoimClient client, int seq) throws InterruptedException {
        Thread.sleep(BEAT_MILLIS);
        client.send(new WireFrame(1, 2, seq, new byte[0]));
        WireFrame reply = client.nextFrame();
        assertEquals(3, reply.op(), "heartbeat reply");
        assertEquals(seq, reply.seq());
    }

    private static JsonObject auth(String prefix, int intervalSeconds) {
        Api.Account account = Api.newAccount(prefix);
        JsonObject body = GoimClient.auth(account.id(), account.token(), Rooms.fresh(), List.of(), "");
        return intervalSeconds == 0 ? body
                : Json.createObjectBuilder(body).add("heartbeat", intervalSeconds).build();
    }
}
