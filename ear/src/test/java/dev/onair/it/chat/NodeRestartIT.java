package dev.onair.it.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.onair.it.support.Api;
import dev.onair.it.support.Api.Account;
import dev.onair.it.support.Database;
import dev.onair.it.support.Poll;
import dev.onair.it.support.Stack;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Nothing acknowledged is lost when a node dies. Senders chat through node 2
 * while it is killed with SIGKILL (no shutdown, no undeploy: a crash) and
 * started again by {@code bin/onair restart-node --test 2 --kill}. Every id a
 * sender got in an op 5 must end up in {@code chat_messages} exactly once; a
 * message whose answer the crash swallowed, retried with its client id after
 * the restart, is stored once too; and the restarted node serves chat again
 * across the cluster.
 */
@Order(Integer.MAX_VALUE) // last: see junit-platform.properties
class NodeRestartIT {

    private static final int SENDERS = 4;
    private static final Duration RESTART = Duration.ofMinutes(6);
    private static final Duration STORED = Duration.ofSeconds(60);
    private static final Path RESTART_LOG = Path.of("target", "node-restart.log");

    /** One sender's view: ids it was answered with, and the client id of a message left unanswered. */
    private record Sent(Account account, Set<Long> acked, Optional<String> unanswered, String lastContent) {
    }

    @Test
    void everyAcknowledgedMessageSurvivesACrashOfTheNodeThatAcceptedIt() throws Exception {
        assumeFalse(Stack.http2().isEmpty() || Stack.script().isEmpty(),
                "needs a two-node stack run by bin/onair test (-Donair.it.http2, -Donair.it.script)");
        String nodeB = Stack.http2();
        String wsB = nodeB.replaceFirst("^http", "ws") + "/ws/sub";
        String room = Rooms.fresh();
        Account listener = Api.newAccount("nrl");
        List<Account> senders = new ArrayList<>();
        for (int i = 0; i < SENDERS; i++) {
            Account a = Api.newAccount("nrs" + i);
            senders.add(new Account(a.id(), a.username(), Api.loginAt(nodeB, a.username(), Api.PASSWORD)));
        }

        AtomicBoolean crashing = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(SENDERS);
        List<Future<Sent>> running = new ArrayList<>();
        for (Account sender : senders) {
            running.add(pool.submit(() -> chatUntilTheSocketDies(wsB, sender, room, crashing)));
        }
        Thread.sleep(3_000); // some messages acknowledged and stored before the crash
        crashing.set(true);
        Process restart = restartNodeTwo();
        List<Sent> sent = new ArrayList<>();
        for (Future<Sent> f : running) {
            sent.add(f.get(2, TimeUnit.MINUTES));
        }
        pool.shutdown();
        assertTrue(restart.waitFor(RESTART.toSeconds(), TimeUnit.SECONDS), "node 2 restarted within " + RESTART);
        assertEquals(0, restart.exitValue(), () -> "bin/onair restart-node failed; the end of target/node-restart.log:\n"
                + tailOf(RESTART_LOG, 40));

        Set<Long> acked = new HashSet<>();
        sent.forEach(s -> acked.addAll(s.acked()));
        assertTrue(acked.size() >= SENDERS * 3, "the senders were answered before the crash: " + acked.size());
        assertEquals(Optional.of(acked.size()), Poll.until(STORED, () -> {
            int stored = storedOf(acked);
            return stored == acked.size() ? Optional.of(stored) : Optional.empty();
        }), "every acknowledged id is in chat_messages (acked " + acked.size() + ", stored " + storedOf(acked) + ")");

        // The restarted node works: a retried client id is stored once, and chat crosses to node 1.
        try (GoimClient onA = GoimClient.authenticatedAt(Stack.ws(), listener, room, List.of(), "")) {
            for (Sent s : sent) {
                try (GoimClient again = reconnect(wsB, s.account(), room)) {
                    if (s.unanswered().isPresent()) {
                        String clientId = s.unanswered().get();
                        long id = sendAndAwaitId(again, 1, s.lastContent(), clientId);
                        assertEquals(Optional.of(1), Poll.until(STORED, () -> rowsOf(s.account().id(), clientId)
                                .filter(n -> n == 1)), "the retried client id " + clientId + " is stored once");
                        assertEquals(1, storedOf(Set.of(id)), "under the id its retry was answered with");
                    }
                    long id = sendAndAwaitId(again, 2, "after the restart", "nr-after-" + s.account().id());
                    assertEquals(1, onA.pushes(1, f -> f.op() == 1000 && json(f).getJsonNumber("id").longValueExact() == id,
                            GoimClient.WAIT).size(), "a message through restarted node 2 reaches node 1's client");
                }
            }
        }
    }

    /**
     * A node just restarted answers its first requests slowly (cold code paths,
     * pools filling) and may miss the test stack's 3 s auth deadline on a busy
     * machine; a client then connects again, as this one does, a few times.
     */
    private static GoimClient reconnect(String ws, Account account, String room) {
        for (int attempt = 1; ; attempt++) {
            try {
                return GoimClient.authenticatedAt(ws, account, room, List.of(), "");
            } catch (AssertionError | RuntimeException refused) {
                if (attempt == 5) {
                    throw refused;
                }
            }
        }
    }

    private static long sendAndAwaitId(GoimClient client, int seq, String content, String clientId) {
        client.send(WireFrame.of(4, seq, message(content, clientId)));
        List<WireFrame> answer = client.pushes(1, f -> f.op() == 5 && f.seq() == seq, GoimClient.WAIT);
        assertEquals(1, answer.size(), "op 5 for " + clientId);
        JsonObject body = json(answer.get(0));
        assertTrue(body.containsKey("id"), "accepted: " + body);
        return body.getJsonNumber("id").longValueExact();
    }

    /** Sends a message every 0.45 s (under the rate limit) until the socket closes under the crash. */
    private static Sent chatUntilTheSocketDies(String ws, Account sender, String room, AtomicBoolean crashing) {
        Set<Long> acked = ConcurrentHashMap.newKeySet();
        Optional<String> unanswered = Optional.empty();
        String content = "";
        try (GoimClient client = GoimClient.authenticatedAt(ws, sender, room, List.of(), "")) {
            for (int seq = 1; !client.isClosed() && seq < 400; seq++) {
                String clientId = "nr-" + sender.id() + "-" + seq;
                content = "message " + seq + " of " + sender.username();
                try {
                    client.send(WireFrame.of(4, seq, message(content, clientId)));
                } catch (RuntimeException closed) {
                    break; // the socket died before the frame left: nothing was sent
                }
                int expected = seq;
                List<WireFrame> answer = client.pushes(1, f -> f.op() == 5 && f.seq() == expected,
                        crashing.get() ? Duration.ofSeconds(5) : GoimClient.WAIT);
                if (answer.isEmpty()) {
                    unanswered = Optional.of(clientId);
                    break;
                }
                JsonObject body = json(answer.get(0));
                assertTrue(body.containsKey("id"), "refused before the crash: " + body);
                acked.add(body.getJsonNumber("id").longValueExact());
                sleep(450);
            }
        }
        return new Sent(sender, acked, unanswered, content);
    }

    private static Process restartNodeTwo() throws IOException {
        return new ProcessBuilder(Stack.script(), "restart-node", "--test", "2", "--kill")
                .redirectErrorStream(true).redirectOutput(RESTART_LOG.toFile()).start();
    }

    /** CI shows only the test report, so a failed restart's cause has to travel in the message. */
    private static String tailOf(Path file, int lines) {
        try {
            List<String> all = Files.readAllLines(file);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(unreadable: " + e + ")";
        }
    }

    private static int storedOf(Set<Long> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        String marks = String.join(",", ids.stream().map(id -> "?").toList());
        try (Connection db = Database.connect();
             PreparedStatement q = db.prepareStatement("SELECT COUNT(*) FROM chat_messages WHERE id IN (" + marks + ")")) {
            int i = 1;
            for (long id : ids) {
                q.setLong(i++, id);
            }
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Optional<Integer> rowsOf(long sender, String clientId) {
        try (Connection db = Database.connect();
             PreparedStatement q = db.prepareStatement(
                     "SELECT COUNT(*) FROM chat_messages WHERE sender_id = ? AND client_id = ?")) {
            q.setLong(1, sender);
            q.setString(2, clientId);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return Optional.of(rs.getInt(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String message(String content, String clientId) {
        return Json.createObjectBuilder().add("type", "text").add("content", content).add("client_id", clientId)
                .build().toString();
    }

    private static JsonObject json(WireFrame frame) {
        try (var reader = Json.createReader(new StringReader(frame.text()))) {
            return reader.readObject();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static {
        try {
            Files.createDirectories(Path.of("target"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
