import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A terminal chat client for trying OnAir by hand (`bin/onair chat`): it joins a
 * room over /ws/sub with the goim v1 binary protocol and prints what arrives;
 * each line typed is pushed to the room through the goim push API. Run with the
 * JDK's single-file launcher, so it needs nothing but the JDK.
 *
 * Arguments: httpBase token room pushKey name
 */
public class GoimChat {

    static final int HEADER = 16;
    static final int BEAT_SECONDS = 30;
    static final int OP_HEARTBEAT = 2, OP_HEARTBEAT_REPLY = 3, OP_AUTH = 7, OP_AUTH_REPLY = 8, OP_RAW = 9;
    static final int OP_ROOM_CHAT = 1000;

    public static void main(String[] args) throws Exception {
        if (args.length != 5) {
            System.err.println("usage: java GoimChat.java <http base> <access token> <type://id> <push key> <name>");
            System.exit(2);
        }
        String http = args[0], token = args[1], room = args[2], pushKey = args[3], name = args[4];
        HttpClient client = HttpClient.newHttpClient();
        CompletableFuture<Void> closed = new CompletableFuture<>();
        WebSocket socket = client.newWebSocketBuilder()
                .buildAsync(URI.create(http.replaceFirst("^http", "ws") + "/ws/sub"), new Printer(closed)).join();

        String auth = "{\"mid\":0,\"key\":\"\",\"room_id\":\"" + room + "\",\"platform\":\"cli\",\"accepts\":["
                + OP_ROOM_CHAT + "],\"token\":\"" + token + "\",\"heartbeat\":" + BEAT_SECONDS + "}";
        socket.sendBinary(frame(OP_AUTH, 1, auth.getBytes(StandardCharsets.UTF_8)), true).join();
        // goim's browser client beats every 30 s; stated in the auth, the server closes this socket
        // after a minute of silence rather than its default eight
        var beats = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "heartbeat");
            t.setDaemon(true);
            return t;
        });
        beats.scheduleAtFixedRate(() -> socket.sendBinary(frame(OP_HEARTBEAT, 0, new byte[0]), true),
                BEAT_SECONDS, BEAT_SECONDS, TimeUnit.SECONDS);

        String[] typeAndId = room.split("://", 2);
        URI push = URI.create(http + "/goim/push/room?operation=" + OP_ROOM_CHAT
                + "&type=" + URLEncoder.encode(typeAndId[0], StandardCharsets.UTF_8)
                + "&room=" + URLEncoder.encode(typeAndId[1], StandardCharsets.UTF_8));
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line; !closed.isDone() && (line = in.readLine()) != null; ) {
            if (line.isBlank()) {
                continue;
            }
            HttpResponse<String> answer = client.send(HttpRequest.newBuilder(push)
                    .header("Authorization", "Bearer " + pushKey)
                    .POST(HttpRequest.BodyPublishers.ofString(name + ": " + line)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                System.out.println("! push refused: " + answer.statusCode() + " " + answer.body());
            }
        }
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").join();
    }

    static ByteBuffer frame(int op, int seq, byte[] body) {
        ByteBuffer b = ByteBuffer.allocate(HEADER + body.length);
        b.putInt(HEADER + body.length).putShort((short) HEADER).putShort((short) 1).putInt(op).putInt(seq).put(body);
        return b.flip();
    }

    /** Prints each frame; op 9 carries several whole frames back to back. */
    static final class Printer implements WebSocket.Listener {

        private final CompletableFuture<Void> closed;
        private ByteBuffer partial = ByteBuffer.allocate(0);

        Printer(CompletableFuture<Void> closed) {
            this.closed = closed;
        }

        @Override
        public CompletionStage<?> onBinary(WebSocket socket, ByteBuffer data, boolean last) {
            ByteBuffer joined = ByteBuffer.allocate(partial.remaining() + data.remaining()).put(partial).put(data).flip();
            partial = last ? ByteBuffer.allocate(0) : joined;
            if (last) {
                print(joined);
            }
            socket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket socket, int code, String reason) {
            System.out.println("! closed " + code + " " + reason);
            closed.complete(null);
            return null;
        }

        @Override
        public void onError(WebSocket socket, Throwable error) {
            System.out.println("! " + error);
            closed.complete(null);
        }

        private void print(ByteBuffer frames) {
            while (frames.remaining() >= HEADER) {
                int start = frames.position();
                int packLen = frames.getInt(start);
                int op = frames.getInt(start + 8);
                byte[] body = new byte[packLen - HEADER];
                frames.position(start + HEADER);
                frames.get(body);
                switch (op) {
                    case OP_AUTH_REPLY -> System.out.println("* joined");
                    case OP_HEARTBEAT_REPLY -> System.out.println("* online in room: " + ByteBuffer.wrap(body).getInt());
                    case OP_RAW -> print(ByteBuffer.wrap(body));
                    default -> System.out.println(op >= OP_ROOM_CHAT
                            ? new String(body, StandardCharsets.UTF_8)
                            : "* op " + op + " " + new String(body, StandardCharsets.UTF_8));
                }
            }
        }
    }
}
