package dev.onair.it.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onair.it.support.Api;
import dev.onair.it.support.Api.Account;
import dev.onair.it.support.Poll;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/**
 * One client that stops reading must not hold up the others; it is dropped
 * with 1013 instead. The volume is large (about 32 MB) because the socket's
 * queue only fills once the kernel's buffers and the container's own
 * per-connection write queue (Grizzly, several MB) have filled: on Payara an
 * asynchronous send completes when the container has buffered the message,
 * not when the client has it.
 */
class SlowClientIT {

    private static final int PUSHES = 8_000;
    private static final String BODY = "x".repeat(4_000);
    private static final Duration QUIET = Duration.ofSeconds(15);
    /** Bounds the wait for the drop; the wait ends as soon as the server has dropped the staller. */
    private static final Duration DROP = Duration.ofSeconds(120);

    @Test
    void dropsAStalledClientWhileTheOthersGetEverything() {
        Account reader = Api.newAccount("wsr");
        Account staller = Api.newAccount("wss");
        String room = Rooms.fresh();
        ExecutorService pushers = Executors.newFixedThreadPool(4);
        try (GoimClient fast = GoimClient.authenticated(reader, room, List.of());
             GoimClient stalled = GoimClient.authenticated(staller, room, List.of())) {
            stalled.pause();

            List<CompletableFuture<Void>> sent = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                sent.add(CompletableFuture.runAsync(() -> {
                    for (int i = 0; i < PUSHES / 4; i++) {
                        GoimPush.toRoom(room, 1000, BODY);
                    }
                }, pushers));
            }

            // The server takes a dropped socket out of presence at once, before its close frame can pass the
            // data the stalled client left unread; resuming it then lets that frame through well within the
            // send timeout, after which the container would abort the socket (1006) on a loaded machine.
            Optional<Long> dropped = Poll.until(DROP, () -> online(room).filter(count -> count == 1));
            assertTrue(dropped.isPresent(), "the stalled client is dropped");
            stalled.resume();
            while (stalled.next(Duration.ofSeconds(5)) != null) {
                // drain what the TCP buffers held before the server gave up on this client
            }
            GoimClient.Close close = stalled.awaitClose(Duration.ofSeconds(30));
            assertEquals(1013, close.code());
            assertEquals("send queue full", close.reason());

            sent.forEach(CompletableFuture::join);
            assertEquals(PUSHES, everyPushWhileTheyCome(fast).size(), "the reading client gets every push");
        } finally {
            pushers.shutdownNow();
        }
    }

    /**
     * The room's cluster-wide online count, from goim's online API; empty when
     * it answers goim's -500 "try again" (Redis slow to answer on a machine this
     * test saturates), which the caller's poll then asks again.
     */
    private static Optional<Long> online(String room) {
        String id = room.substring(room.indexOf("://") + 3);
        HttpResponse<String> answer = OnlineApiIT.get("room?type=live&rooms=" + id);
        if (answer.statusCode() == 500) {
            return Optional.empty();
        }
        return Optional.of(OnlineApiIT.data(answer).asJsonObject().getJsonNumber(id).longValueExact());
    }

    /**
     * Room pushes for the reading client until all {@link #PUSHES} came or
     * none came for {@link #QUIET}: the test is about getting everything, not
     * about how fast a loaded machine delivers 32 MB, so only a stall ends it early.
     */
    private static List<WireFrame> everyPushWhileTheyCome(GoimClient client) {
        List<WireFrame> received = new ArrayList<>();
        while (received.size() < PUSHES) {
            List<WireFrame> more = client.pushes(PUSHES - received.size(), f -> f.op() == 1000, QUIET);
            if (more.isEmpty()) {
                break;
            }
            received.addAll(more);
        }
        return received;
    }
}
