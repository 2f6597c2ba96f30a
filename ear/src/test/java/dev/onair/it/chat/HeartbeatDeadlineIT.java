package dev.onair.it.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.onair.it.support.Api;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The heartbeat window, against a stack started with a short one
 * ({@code ONAIR_WS_HEARTBEAT_TIMEOUT=PT6S}) and run with
 * {@code -Donair.it.wsHeartbeatTimeout=PT6S}. Skipped otherwise: with the
 * default eight minutes it would take too long, and a short window on the
 * shared test stack would close the other tests' idle sockets.
 */
class HeartbeatDeadlineIT {

    @Test
    void keepsAHeartbeatingSocketAndClosesASilentOne() throws InterruptedException {
        String configured = System.getProperty("onair.it.wsHeartbeatTimeout", "");
        assumeTrue(!configured.isBlank(), "needs a stack with a short ONAIR_WS_HEARTBEAT_TIMEOUT");
        Duration window = Duration.parse(configured);
        try (GoimClient client = GoimClient.authenticated(Api.newAccount("wsh"), Rooms.fresh(), List.of())) {
            for (int i = 0; i < 4; i++) {
                Thread.sleep(window.toMillis() / 2);
                client.send(new WireFrame(1, 2, i, new byte[0]));
                assertEquals(3, client.nextFrame().op());
            }
            assertFalse(client.isClosed(), "heartbeats keep the socket for twice the window");

            WireFrame error = client.pushes(1, f -> true, window.plusSeconds(5)).get(0);
            SubAuthIT.assertErrorFrame(error, 0, 1008);
            GoimClient.Close close = client.awaitClose();
            assertEquals(1008, close.code());
            assertEquals("heartbeat timeout", close.reason());
        }
    }
}
