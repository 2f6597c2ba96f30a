package dev.onair.websocket.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.onair.websocket.protocol.ProtocolViolation.Kind;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class BinaryFramesTest {

    private static final int MAX_BODY = 4096;

    /** The auth frame exactly as goim's browser client builds it. */
    @Test
    void decodesTheBrowserClientsAuthFrame() throws ProtocolViolation {
        byte[] body = "{\"mid\":123, \"room_id\":\"live://1000\"}".getBytes(StandardCharsets.UTF_8);
        ByteBuffer message = ByteBuffer.allocate(16 + body.length)
                .putInt(16 + body.length).putShort((short) 16).putShort((short) 1).putInt(7).putInt(1).put(body)
                .flip();

        Frame frame = BinaryFrames.decode(message, MAX_BODY);

        assertEquals(new Frame(1, 7, 1, body), frame);
        assertEquals(0, message.position(), "decoding leaves the buffer as it was");
    }

    @Test
    void decodesAHeaderOnlyHeartbeat() throws ProtocolViolation {
        ByteBuffer message = header(16, 16, 1, 2, 9).flip();
        assertEquals(new Frame(1, 2, 9, new byte[0]), BinaryFrames.decode(message, MAX_BODY));
    }

    @Test
    void decodesFromTheBuffersPositionNotZero() throws ProtocolViolation {
        ByteBuffer message = ByteBuffer.allocate(20).put(new byte[4]).putInt(16).putShort((short) 16)
                .putShort((short) 1).putInt(2).putInt(3).flip();
        message.position(4);
        assertEquals(new Frame(1, 2, 3, new byte[0]), BinaryFrames.decode(message, MAX_BODY));
    }

    @Test
    void encodesBigEndianWithA16ByteHeader() {
        byte[] encoded = BinaryFrames.encode(new Frame(1, 8, 5, new byte[] {42}));
        assertArrayEquals(new byte[] {0, 0, 0, 17, 0, 16, 0, 1, 0, 0, 0, 8, 0, 0, 0, 5, 42}, encoded);
    }

    @Test
    void roundTrips() throws ProtocolViolation {
        Frame frame = new Frame(1, 1000, -7, "héllo".getBytes(StandardCharsets.UTF_8));
        assertEquals(frame, BinaryFrames.decode(ByteBuffer.wrap(BinaryFrames.encode(frame)), MAX_BODY));
    }

    @Test
    void batchesFramesBackToBackUnderAnOp9Header() throws ProtocolViolation {
        Frame a = Frame.push(1000, "a".getBytes(StandardCharsets.UTF_8));
        Frame b = Frame.push(1001, "bb".getBytes(StandardCharsets.UTF_8));

        ByteBuffer batch = ByteBuffer.wrap(BinaryFrames.encodeBatch(List.of(a, b)));

        Frame outer = BinaryFrames.decode(batch, MAX_BODY);
        assertEquals(Ops.RAW, outer.op());
        assertEquals(1, outer.ver());
        assertEquals(0, outer.seq());
        ByteBuffer inner = ByteBuffer.wrap(outer.body());
        assertEquals(a, BinaryFrames.decode(inner.slice(0, 17), MAX_BODY));
        assertEquals(b, BinaryFrames.decode(inner.slice(17, 18), MAX_BODY));
    }

    @Test
    void encodesInt32Bodies() {
        assertArrayEquals(new byte[] {0, 0, 1, 2}, BinaryFrames.int32(258));
    }

    @Test
    void refusesAMessageShorterThanTheHeader() {
        assertViolation(Kind.MALFORMED, ByteBuffer.wrap(new byte[15]));
        assertViolation(Kind.MALFORMED, ByteBuffer.allocate(0));
    }

    @Test
    void refusesAHeaderLengthOtherThan16() {
        assertViolation(Kind.MALFORMED, header(16, 12, 1, 2, 1).flip());
    }

    @Test
    void refusesAPacketLengthThatDoesNotMatchTheMessage() {
        assertViolation(Kind.MALFORMED, header(20, 16, 1, 2, 1).flip());
        assertViolation(Kind.MALFORMED, header(15, 16, 1, 2, 1).flip());
        assertViolation(Kind.MALFORMED, header(-1, 16, 1, 2, 1).flip());
        ByteBuffer trailing = ByteBuffer.allocate(18).putInt(16).putShort((short) 16).putShort((short) 1)
                .putInt(2).putInt(1).put((byte) 1).put((byte) 2).flip();
        assertViolation(Kind.MALFORMED, trailing);
    }

    @Test
    void refusesABodyOverTheLimitAsTooBig() throws ProtocolViolation {
        int limit = 8;
        ByteBuffer fits = ByteBuffer.allocate(16 + limit).putInt(16 + limit).putShort((short) 16)
                .putShort((short) 1).putInt(7).putInt(1).put(new byte[limit]).flip();
        assertEquals(limit, BinaryFrames.decode(fits, limit).body().length);

        ByteBuffer over = ByteBuffer.allocate(16 + limit + 1).putInt(16 + limit + 1).putShort((short) 16)
                .putShort((short) 1).putInt(7).putInt(1).put(new byte[limit + 1]).flip();
        ProtocolViolation violation = assertThrows(ProtocolViolation.class, () -> BinaryFrames.decode(over, limit));
        assertEquals(Kind.TOO_BIG, violation.kind());
        assertEquals(1009, violation.kind().closeCode());
    }

    private static ByteBuffer header(int packLen, int headerLen, int ver, int op, int seq) {
        return ByteBuffer.allocate(16).putInt(packLen).putShort((short) headerLen).putShort((short) ver)
                .putInt(op).putInt(seq);
    }

    private static void assertViolation(Kind kind, ByteBuffer message) {
        ProtocolViolation violation = assertThrows(ProtocolViolation.class,
                () -> BinaryFrames.decode(message, MAX_BODY));
        assertEquals(kind, violation.kind());
    }
}
