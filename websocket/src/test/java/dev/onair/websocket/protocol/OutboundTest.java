package dev.onair.websocket.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import jakarta.json.JsonObject;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutboundTest {

    private static final Frame HEARTBEAT = new Frame(1, Ops.HEARTBEAT, 12, new byte[0]);

    @Test
    void rendersTheHeartbeatReplyAsInt32OrNumber() throws ProtocolViolation {
        Outbound cut = Outbound.heartbeatReply(HEARTBEAT, 3);

        byte[] binary = (byte[]) cut.messages(false).get(0);
        assertEquals(new Frame(1, Ops.HEARTBEAT_REPLY, 12, new byte[] {0, 0, 0, 3}),
                BinaryFrames.decode(ByteBuffer.wrap(binary), 4096));

        JsonObject text = (JsonObject) Json.parse((String) cut.messages(true).get(0));
        assertEquals(3, text.getInt("body"));
        assertEquals(12, text.getInt("seq"));
        assertEquals(Ops.HEARTBEAT_REPLY, text.getInt("op"));
    }

    @Test
    void sendsOneFrameAsItselfAndSeveralAsOneOp9Batch() throws ProtocolViolation {
        Frame a = Frame.push(1000, "a".getBytes(StandardCharsets.UTF_8));
        Frame b = Frame.push(1000, "b".getBytes(StandardCharsets.UTF_8));

        assertArrayEquals(BinaryFrames.encode(a), (byte[]) Outbound.of(a).messages(false).get(0));

        List<Object> batch = Outbound.batch(List.of(a, b)).messages(false);
        assertEquals(1, batch.size());
        assertEquals(Ops.RAW, BinaryFrames.decode(ByteBuffer.wrap((byte[]) batch.get(0)), 4096).op());
    }

    @Test
    void sendsTextSocketsOneMessagePerFrame() {
        Frame a = Frame.push(1000, "{\"n\":1}".getBytes(StandardCharsets.UTF_8));
        Frame b = Frame.push(1001, "{\"n\":2}".getBytes(StandardCharsets.UTF_8));

        List<Object> texts = Outbound.batch(List.of(a, b)).messages(true);

        assertEquals(2, texts.size());
        assertEquals(2, ((JsonObject) Json.parse((String) texts.get(1))).getJsonObject("body").getInt("n"));
    }

    @Test
    void rendersEachFormOnceForAllSockets() {
        Outbound cut = Outbound.of(Frame.push(1000, new byte[] {1}));
        assertSame(cut.messages(false), cut.messages(false));
        assertSame(cut.messages(true), cut.messages(true));
    }

    @Test
    void buildsTheErrorFrameAsOp6WithCodeAndReason() throws ProtocolViolation {
        Outbound cut = Outbound.error(1, 5, 1008, "invalid token");

        Frame frame = BinaryFrames.decode(ByteBuffer.wrap((byte[]) cut.messages(false).get(0)), 4096);
        assertEquals(Ops.DISCONNECT_REPLY, frame.op());
        assertEquals(5, frame.seq());
        JsonObject body = (JsonObject) Json.parse(new String(frame.body(), StandardCharsets.UTF_8));
        assertEquals(1008, body.getInt("code"));
        assertEquals("invalid token", body.getString("reason"));

        JsonObject text = (JsonObject) Json.parse((String) cut.messages(true).get(0));
        assertEquals(1008, text.getJsonObject("body").getInt("code"));
    }
}
