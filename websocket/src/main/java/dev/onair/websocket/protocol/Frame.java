package dev.onair.websocket.protocol;

import java.util.Arrays;

/**
 * One goim frame ("proto"): version, operation, sequence and body, whichever
 * form it travelled in. Bodies are never modified after construction, so one
 * frame can be rendered for many sockets.
 */
public record Frame(int ver, int op, int seq, byte[] body) {

    /** The version goim's clients send and its servers push with. */
    public static final int VERSION = 1;

    private static final byte[] EMPTY = new byte[0];

    public Frame {
        body = body == null ? EMPTY : body;
    }

    public static Frame push(int op, byte[] body) {
        return new Frame(VERSION, op, 0, body);
    }

    /** A reply to {@code request}: same version and sequence, goim style. */
    public static Frame reply(Frame request, int op, byte[] body) {
        return new Frame(request.ver, op, request.seq, body);
    }

    // a record compares arrays by identity; a frame is a value

    @Override
    public boolean equals(Object other) {
        return other instanceof Frame f && f.ver == ver && f.op == op && f.seq == seq && Arrays.equals(f.body, body);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * (31 * ver + op) + seq) + Arrays.hashCode(body);
    }

    @Override
    public String toString() {
        return "Frame[ver=" + ver + ", op=" + op + ", seq=" + seq + ", body=" + body.length + " bytes]";
    }
}
