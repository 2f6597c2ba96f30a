package dev.onair.bench;

import java.nio.ByteBuffer;

/**
 * goim v1 binary frames as the benchmark needs them: a 16-byte big-endian
 * header (packLen, headerLen = 16, ver, op, seq) then the body; op 9 carries
 * frames back to back. Shared by the load client and the Netty baseline.
 */
final class GoimFrames {

    static final int HEADER = 16;
    static final int HEARTBEAT = 2;
    static final int HEARTBEAT_REPLY = 3;
    static final int AUTH = 7;
    static final int AUTH_REPLY = 8;
    static final int RAW = 9;

    /** What a client does with each frame of a message. */
    interface Visitor {
        /** @param body the frame's body, positioned at its start and limited to its end */
        void frame(int op, ByteBuffer body);
    }

    private GoimFrames() {
    }

    static byte[] encode(int op, int seq, byte[] body) {
        ByteBuffer out = ByteBuffer.allocate(HEADER + body.length);
        header(out, HEADER + body.length, op, seq);
        return out.put(body).array();
    }

    /** One op-9 message carrying the given encoded frames. */
    static byte[] batch(java.util.List<byte[]> frames) {
        int length = HEADER;
        for (byte[] frame : frames) {
            length += frame.length;
        }
        ByteBuffer out = ByteBuffer.allocate(length);
        header(out, length, RAW, 0);
        frames.forEach(out::put);
        return out.array();
    }

    private static void header(ByteBuffer out, int packLen, int op, int seq) {
        out.putInt(packLen).putShort((short) HEADER).putShort((short) 1).putInt(op).putInt(seq);
    }

    /**
     * Walks one WebSocket message: its frame, or the frames inside an op-9 batch.
     *
     * @return the number of frames visited
     * @throws IllegalArgumentException when a length is inconsistent
     */
    static int visit(ByteBuffer message, Visitor visitor) {
        int count = 0;
        int at = message.position();
        int end = message.limit();
        while (at < end) {
            if (end - at < HEADER) {
                throw new IllegalArgumentException("truncated header at " + at);
            }
            int packLen = message.getInt(at);
            int headerLen = message.getShort(at + 4);
            int op = message.getInt(at + 8);
            if (packLen < HEADER || headerLen != HEADER || at + packLen > end) {
                throw new IllegalArgumentException("bad frame lengths at " + at);
            }
            if (op == RAW && count == 0 && packLen == end - at) {
                at += HEADER; // the batch's own header; its frames follow
                continue;
            }
            ByteBuffer body = message.duplicate();
            body.limit(at + packLen).position(at + HEADER);
            visitor.frame(op, body);
            count++;
            at += packLen;
        }
        return count;
    }

    /** The op of the message's first frame, without walking it. */
    static int op(ByteBuffer message) {
        return message.remaining() < HEADER ? -1 : message.getInt(message.position() + 8);
    }

}
