package dev.onair.it.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.onair.it.support.Api;
import dev.onair.it.support.Api.Account;
import dev.onair.it.support.Stack;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two Payara instances sharing MariaDB, Redis and Artemis ({@code bin/onair}
 * with {@code ONAIR_NODES=2}: domains {@code onair} and {@code onair2}). A push
 * accepted by either node goes through the Artemis topic that every node
 * listens to, so it reaches the sockets of both; a room's online count comes
 * from the presence leases in Redis, so it covers the sockets of both.
 */
class ClusterIT {

    private static final Duration WAIT = GoimClient.WAIT;
    private static final int OP = 1000;

    private static String nodeA;
    private static String nodeB;
    private static Account alice;
    private static Account bob;

    @BeforeAll
    static void twoNodes() {
        nodeA = Stack.http();
        nodeB = Stack.http2();
        if (nodeB.isEmpty()) {
            return; // every test is skipped, visibly, by onlyWithTwoNodes
        }
        assertNotEquals(nodeA, nodeB, "onair.it.http and onair.it.http2 name the same node");
        alice = Api.newAccount("cla");
        Account registered = Api.newAccount("clb");
        // Registered through node A, logged in through node B: one database, one token secret.
        bob = new Account(registered.id(), registered.username(), Api.loginAt(nodeB, registered.username(), Api.PASSWORD));
    }

    @BeforeEach
    void onlyWithTwoNodes() {
        assumeFalse(nodeB.isEmpty(), "a one-node stack: no -Donair.it.http2 (bin/onair test passes it with ONAIR_NODES=2)");
    }

    @Test
    void roomPushThroughNodeAReachesTheClientsOfBothNodes() {
        String room = Rooms.fresh();
        try (GoimClient onA = on(nodeA, alice, room, List.of());
             GoimClient onB = on(nodeB, bob, room, List.of())) {

            pushToRoom(nodeA, room, "through A");

            assertEquals("through A", next(onB, f -> f.op() == OP).text(), "the client of node B");
            assertEquals("through A", next(onA, f -> f.op() == OP).text(), "the client of node A");
        }
    }

    @Test
    void roomPushThroughNodeBReachesTheClientsOfBothNodes() {
        String room = Rooms.fresh();
        try (GoimClient onA = on(nodeA, alice, room, List.of());
             GoimClient onB = on(nodeB, bob, room, List.of())) {

            pushToRoom(nodeB, room, "through B");

            assertEquals("through B", next(onA, f -> f.op() == OP).text(), "the client of node A");
            assertEquals("through B", next(onB, f -> f.op() == OP).text(), "the client of node B");
        }
    }

    /** A user's sockets on both nodes get a push by user id, whichever node accepted it. */
    @Test
    void midPushReachesTheUsersSocketsOnBothNodes() {
        int op = 1002;
        try (GoimClient phoneOnA = on(nodeA, bob, "", List.of(op));
             GoimClient laptopOnB = on(nodeB, bob, "", List.of(op))) {

            push(nodeB, "mids?operation=" + op + "&mids=" + bob.id(), "for bob");

            assertEquals("for bob", next(phoneOnA, f -> f.op() == op).text(), "bob's socket on node A");
            assertEquals("for bob", next(laptopOnB, f -> f.op() == op).text(), "bob's socket on node B");
        }
    }

    @Test
    void heartbeatsCountTheRoomsConnectionsOnBothNodesUntilOneCloses() throws InterruptedException {
        String room = Rooms.fresh();
        try (GoimClient onA = on(nodeA, alice, room, List.of())) {
            try (GoimClient onB = on(nodeB, bob, room, List.of())) {
                assertEquals(2, heartbeat(onA, 11), "node A's answer counts node B's socket too");
                assertEquals(2, heartbeat(onB, 12), "node B's answer counts node A's socket too");
            }
            // The close releases node B's lease on its own time: poll node A's count.
            int count = heartbeat(onA, 13);
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            for (int seq = 14; count != 1 && System.nanoTime() < deadline; seq++) {
                Thread.sleep(200);
                count = heartbeat(onA, seq);
            }
            assertEquals(1, count, "after node B's client closed, node A counts its own socket only");
        }
    }

    private static void pushToRoom(String node, String room, String body) {
        String[] parts = room.split("://", 2);
        push(node, "room?operation=" + OP + "&type=" + GoimPush.encode(parts[0]) + "&room=" + GoimPush.encode(parts[1]),
                body);
    }

    /** goim's push API of one node, with the key both nodes share. */
    private static void push(String node, String pathAndQuery, String body) {
        GoimPush.accepted(GoimPush.postAt(node, pathAndQuery, body, GoimPush.key()));
    }

    private static GoimClient on(String node, Account account, String room, List<Integer> accepts) {
        return GoimClient.authenticatedAt(node.replaceFirst("^http", "ws") + "/ws/sub", account, room, accepts, "");
    }

    /** The next frame matching, op-9 batches unwrapped; fails after {@link #WAIT}. */
    private static WireFrame next(GoimClient client, Predicate<WireFrame> matching) {
        List<WireFrame> frames = client.pushes(1, matching, WAIT);
        assertEquals(1, frames.size(), "no matching frame within " + WAIT);
        return frames.get(0);
    }

    /** Sends a heartbeat (op 2) and returns the online count of its reply (op 3). */
    private static int heartbeat(GoimClient client, int seq) {
        client.send(new WireFrame(1, 2, seq, new byte[0]));
        return next(client, f -> f.op() == 3 && f.seq() == seq).int32();
    }
}
