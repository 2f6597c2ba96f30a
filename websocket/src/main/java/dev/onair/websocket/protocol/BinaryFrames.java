package dev.onair.websocket.protocol;

import java.nio.ByteBuffer;
import java.util.List;

/**
 * The binary form: one WebSocket binary message is one frame, a 16-byte
 * big-endian header (packLen int32, headerLen int16 = 16, ver int16, op int32,
 * seq int32) then {@code packLen - 16} body bytes. goim itself tolerates some
 * inconsistencies (trailing bytes after packLen); OnAir refuses any message
 * whose header does not describe it exactly, so a confused client fails
 * loudly instead of half-working.
 */
public final class BinaryFrames {

    public static final int HEADER_LENGTH = 16;

    private BinaryFrames() {
    }

    /**
     * Decodes one message (from its position to its limit; the buffer's
     * position is left alone).
     *
     * @param maxBody the largest body accepted, in bytes
     */
    public static Frame decode(ByteBuffer message, int maxBody) throws ProtocolViolation {
        int length = message.remaining();
        if (length < HEADER_LENGTH) {
            throw ProtocolViolation.malformed("frame shorter than its 16-byte header");
        }
        if (length - HEADER_LENGTH > maxBody) {
            throw ProtocolViolation.tooBig("body over " + maxBody + " bytes");
        }
        int at = message.position();
        int packLen = message.getInt(at);
        short headerLen = message.getShort(at + 4);
        short ver = message.getShort(at + 6);
        int op = message.getInt(at + 8);
        int seq = message.getInt(at + 12);
        if (headerLen != HEADER_LENGTH) {
            throw ProtocolViolation.malformed("header length must be 16");
        }
        if (packLen != length) {
            throw ProtocolViolation.malformed("packet length does not match the message");
        }
        byte[] body = new byte[length - HEADER_LENGTH];
        message.get(at + HEADER_LENGTH, body);
        return new Frame(ver, op, seq, body);
    }

    public static byte[] encode(Frame frame) {
        ByteBuffer out = ByteBuffer.allocate(HEADER_LENGTH + frame.body().length);
        put(out, frame);
        return out.array();
    }

    /**
     * One op-9 message carrying the frames back to back, as goim's job merges
     * room messages; the outer header has version 1 and sequence 0.
     */
    public static byte[] encodeBatch(List<Frame> frames) {
        int bodyLength = 0;
        for (Frame frame : frames) {
            bodyLength += HEADER_LENGTH + frame.body().length;
        }
        ByteBuffer out = ByteBuffer.allocate(HEADER_LENGTH + bodyLength);
        header(out, HEADER_LENGTH + bodyLength, Frame.VERSION, Ops.RAW, 0);
        for (Frame frame : frames) {
            put(out, frame);
        }
        return out.array();
    }

    /** A big-endian int32 body, as in the heartbeat reply's online count. */
    public static byte[] int32(int value) {
        return ByteBuffer.allocate(4).putInt(value).array();
    }

    private static void put(ByteBuffer out, Frame frame) {
        header(out, HEADER_LENGTH + frame.body().length, frame.ver(), frame.op(), frame.seq());
        out.put(frame.body());
    }

    private static void header(ByteBuffer out, int packLen, int ver, int op, int seq) {
        out.putInt(packLen).putShort((short) HEADER_LENGTH).putShort((short) ver).putInt(op).putInt(seq);
    }
}
