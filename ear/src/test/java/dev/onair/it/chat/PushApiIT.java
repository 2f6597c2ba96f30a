package dev.onair.it.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onair.it.support.Api;
import dev.onair.it.support.Api.Account;
import dev.onair.it.support.Stack;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** goim's push API end to end: HTTP in, Artemis topic, the socket node's fan-out, frames out. */
class PushApiIT {

    private static final Duration QUIET = Duration.ofSeconds(2);

    private static Account frank;
    private static Account grace;

    @BeforeAll
    static void accounts() {
        frank = Api.newAccount("wsf");
        grace = Api.newAccount("wsg");
    }

    @Test
    void deliversARoomPushToEverySocketInTheRoomAndNoOtherRoom() {
        String room = Rooms.fresh();
        try (GoimClient first = GoimClient.authenticated(frank, room, List.of());
             GoimClient second = GoimClient.authenticated(grace, room, List.of());
             GoimClient elsewhere = GoimClient.authenticated(grace, Rooms.fresh(), List.of(1000))) {

            GoimPush.toRoom(room, 1000, "{\"msg\":\"hi room\"}");

            for (GoimClient client : List.of(first, second)) {
                WireFrame push = client.pushes(1, f -> f.op() == 1000, GoimClient.WAIT).get(0);
                assertEquals("{\"msg\":\"hi room\"}", push.text());
                assertEquals(1, push.ver());
            }
            assertEquals(List.of(), elsewhere.silence(f -> f.op() == 1000, QUIET));
        }
    }

    @Test
    void refusesPushesWithoutTheApiKey() {
        String query = "room?operation=1000&type=live&room=x";
        GoimPush.refused(GoimPush.post(query, "hi", null), 401, -401);
        GoimPush.refused(GoimPush.post(query, "hi", GoimPush.key() + "x"), 401, -401);
        GoimPush.accepted(GoimPush.post(query + "&api_key=" + GoimPush.encode(GoimPush.key()), "hi", null));
    }

    @Test
    void refusesBadRequestsWithGoimsMinus400() {
        GoimPush.refused(GoimPush.post("room?type=live&room=1", "hi"), 400, -400);
        GoimPush.refused(GoimPush.post("room?operation=x&type=live&room=1", "hi"), 400, -400);
        GoimPush.refused(GoimPush.post("room?operation=1000&room=1", "hi"), 400, -400);
        GoimPush.refused(GoimPush.post("room?operation=1000&type=live&room=a%20b", "hi"), 400, -400);
        GoimPush.refused(GoimPush.post("keys?operation=1000", "hi"), 400, -400);
        GoimPush.refused(GoimPush.post("mids?operation=1000&mids=x", "hi"), 400, -400);
        GoimPush.refused(GoimPush.post("all?operation=1000&speed=-1", "hi"), 400, -400);
        GoimPush.refused(GoimPush.post("room?operation=1000&type=live&room=1", "x".repeat(4097)), 400, -400);
    }

    @Test
    void answersUnknownEndpointsAndMethodsInGoimsShape() {
        GoimPush.refused(GoimPush.post("rooms?operation=1000&type=live&room=1", "hi"), 404, -400);
        HttpResponse<String> get = Api.send(HttpRequest.newBuilder(
                URI.create(Stack.http() + "/goim/push/room?operation=1000&type=live&room=1"))
                .header("Authorization", "Bearer " + GoimPush.key()).GET().build());
        GoimPush.refused(get, 405, -400);
    }

    @Test
    void passesAFormEncodedBodyThroughAsTheMessage() {
        // goim's own examples post with curl -d, whose content type is form-encoded: the body is still the message
        String room = "live://form-" + UUID.randomUUID().toString().substring(0, 8);
        try (GoimClient client = GoimClient.authenticated(frank, room, List.of(), "it-" + UUID.randomUUID())) {
            HttpResponse<String> response = Api.send(HttpRequest.newBuilder(URI.create(Stack.http()
                            + "/goim/push/room?operation=1000&type=live&room=" + GoimPush.encode(room.substring(7))))
                    .header("Authorization", "Bearer " + GoimPush.key())
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("operation=7&a=b c")).build());
            GoimPush.accepted(response);
            assertEquals("operation=7&a=b c", client.pushes(1, f -> f.op() == 1000, GoimClient.WAIT).get(0).text());
        }
    }

    @Test
    void deliversKeyPushesOnlyForAcceptedBusinessOps() {
        String key = "it-" + UUID.randomUUID();
        try (GoimClient client = GoimClient.authenticated(frank, "", List.of(1000), key)) {
            GoimPush.accepted(GoimPush.post("keys?operation=1001&keys=" + key, "not accepted"));
            GoimPush.accepted(GoimPush.post("keys?operation=1000&keys=" + key, "accepted"));
            assertEquals("accepted", client.pushes(1, f -> f.op() >= 1000, GoimClient.WAIT).get(0).text());

            client.send(WireFrame.of(14, 2, "1001"));
            assertEquals(15, client.nextFrame().op());
            GoimPush.accepted(GoimPush.post("keys?operation=1001&keys=" + key, "now accepted"));
            assertEquals("now accepted", client.pushes(1, f -> f.op() >= 1000, GoimClient.WAIT).get(0).text());

            client.send(WireFrame.of(16, 3, "1000,1001"));
            assertEquals(17, client.nextFrame().op());
            GoimPush.accepted(GoimPush.post("keys?operation=1000&keys=" + key, "unsubscribed"));
            GoimPush.accepted(GoimPush.post("keys?operation=5&keys=" + key, "ops below 1000 always pass"));
            assertEquals("ops below 1000 always pass", client.pushes(1, f -> true, GoimClient.WAIT).get(0).text());
        }
    }

    @Test
    void deliversMidPushesToEverySocketOfTheUser() {
        try (GoimClient phone = GoimClient.authenticated(grace, "", List.of(1002));
             GoimClient laptop = GoimClient.authenticated(grace, Rooms.fresh(), List.of(1002));
             GoimClient someoneElse = GoimClient.authenticated(frank, "", List.of(1002))) {

            GoimPush.accepted(GoimPush.post("mids?operation=1002&mids=" + grace.id(), "for grace"));

            for (GoimClient client : List.of(phone, laptop)) {
                assertEquals("for grace", client.pushes(1, f -> f.op() == 1002, GoimClient.WAIT).get(0).text());
            }
            assertEquals(List.of(), someoneElse.silence(f -> f.op() == 1002, QUIET));
        }
    }

    @Test
    void deliversPushesToAllThatAcceptTheirOp() {
        int op = 1000 + Math.floorMod(UUID.randomUUID().hashCode(), 1_000_000);
        try (GoimClient accepting = GoimClient.authenticated(frank, "", List.of(op));
             GoimClient notAccepting = GoimClient.authenticated(grace, "", List.of())) {

            GoimPush.accepted(GoimPush.post("all?operation=" + op, "for everyone"));

            assertEquals("for everyone", accepting.pushes(1, f -> f.op() == op, GoimClient.WAIT).get(0).text());
            assertEquals(List.of(), notAccepting.silence(f -> f.op() == op, QUIET));
        }
    }

    /**
     * A burst to one room arrives complete and in order, whether each push
     * comes alone or merged with others into op-9 batches.
     */
    @Test
    void deliversABurstCompleteAndInOrder() {
        String room = Rooms.fresh();
        int count = 200;
        try (GoimClient first = GoimClient.authenticated(frank, room, List.of());
             GoimClient second = GoimClient.authenticated(grace, room, List.of())) {
            for (int i = 0; i < count; i++) {
                GoimPush.toRoom(room, 1000, String.valueOf(i));
            }
            for (GoimClient client : List.of(first, second)) {
                List<WireFrame> pushes = client.pushes(count, f -> f.op() == 1000, Duration.ofSeconds(30));
                List<String> expected = new ArrayList<>();
                for (int i = 0; i < count; i++) {
                    expected.add(String.valueOf(i));
                }
                assertEquals(expected, pushes.stream().map(WireFrame::text).toList());
            }
        }
    }

    @Test
    void deliversAConcurrentBurstCompleteMergingWhatPilesUp() throws InterruptedException {
        String room = Rooms.fresh();
        int count = 400;
        try (GoimClient client = GoimClient.authenticated(frank, room, List.of())) {
            List<Thread> pushers = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                Thread pusher = new Thread(() -> {
                    for (int i = 0; i < count / 8; i++) {
                        GoimPush.toRoom(room, 1000, "x");
                    }
                });
                pusher.start();
                pushers.add(pusher);
            }
            int messages = 0;
            int batches = 0;
            int frames = 0;
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (frames < count && System.nanoTime() < deadline) {
                GoimClient.Received next = client.next(Duration.ofSeconds(5));
                if (next == null) {
                    break;
                }
                messages++;
                if (next.frame().op() == 9) {
                    batches++;
                }
                frames += (int) next.frame().unbatch().stream().filter(f -> f.op() == 1000).count();
            }
            for (Thread pusher : pushers) {
                pusher.join();
            }
            assertEquals(count, frames, "every push arrives, alone or in a batch");
            System.out.printf("room burst: %d pushes arrived in %d messages, %d of them op-9 batches%n",
                    frames, messages, batches);
            assertTrue(messages <= count);
        }
    }
}
