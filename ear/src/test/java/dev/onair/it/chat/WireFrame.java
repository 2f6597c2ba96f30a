package dev.onair.it.chat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A goim frame as the tests see it on the wire, with the encoding a goim
 * client uses. Deliberately written apart from the server's codec, so the
 * tests check the protocol, not the server against itself.
 */
record WireFrame(int ver, int op, int seq, byte[] body) {

    static final int HEADER = 16;

    static WireFrame of(int op, int seq, String body) {
        return new WireFrame(1, op, seq, body.getBytes(StandardCharsets.UTF_8));
    }

    byte[] encode() {
        return raw(HEADER + body.length, HEADER, ver, op, seq, body);
    }

    /** Any header, however wrong, for the malformed-frame tests. */
    static byte[] raw(int packLen, int headerLen, int ver, int op, int seq, byte[] body) {
        return ByteBuffer.allocate(HEADER + body.length).putInt(packLen).putShort((short) headerLen)
                .putShort((short) ver).putInt(op).putInt(seq).put(body).array();
    }

    static WireFrame decode(byte[] message) {
        ByteBuffer in = ByteBuffer.wrap(message);
        int packLen = in.getInt();
        short headerLen = in.getShort();
        if (packLen != message.length || headerLen != HEADER) {
            throw new AssertionError("server sent a malformed frame: packLen=" + packLen + " headerLen=" + headerLen
                    + " length=" + message.length);
        }
        short ver = in.getShort();
        int op = in.getInt();
        int seq = in.getInt();
        byte[] body = new byte[message.length - HEADER];
        in.get(body);
        return new WireFrame(ver, op, seq, body);
    }

    /** The frames inside an op-9 batch, walked by packLen as goim's browser client does; itself otherwise. */
    List<WireFrame> unbatch() {
        if (op != 9) {
            return List.of(this);
        }
        List<WireFrame> frames = new ArrayList<>();
        ByteBuffer in = ByteBuffer.wrap(body);
        while (in.hasRemaining()) {
            int packLen = in.getInt(in.position());
            byte[] one = new byte[packLen];
            in.get(one);
            frames.add(decode(one));
        }
        return frames;
    }

    String text() {
        return new String(body, StandardCharsets.UTF_8);
    }

    int int32() {
        return ByteBuffer.wrap(body).getInt();
    }
}
