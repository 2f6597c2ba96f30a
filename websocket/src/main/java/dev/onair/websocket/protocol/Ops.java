package dev.onair.websocket.protocol;

/** goim's operation numbers (api/protocol/operation.go). */
public final class Ops {

    public static final int HANDSHAKE = 0;
    public static final int HANDSHAKE_REPLY = 1;
    public static final int HEARTBEAT = 2;
    public static final int HEARTBEAT_REPLY = 3;
    public static final int SEND_MSG = 4;
    public static final int SEND_MSG_REPLY = 5;
    /** Server to client before a close; OnAir's error frame, its body says why. */
    public static final int DISCONNECT_REPLY = 6;
    public static final int AUTH = 7;
    public static final int AUTH_REPLY = 8;
    /** A batch: the body is a concatenation of whole frames. */
    public static final int RAW = 9;
    public static final int PROTO_READY = 10;
    public static final int PROTO_FINISH = 11;
    public static final int CHANGE_ROOM = 12;
    public static final int CHANGE_ROOM_REPLY = 13;
    public static final int SUB = 14;
    public static final int SUB_REPLY = 15;
    public static final int UNSUB = 16;
    public static final int UNSUB_REPLY = 17;
    /** The first business operation; pushes at or above it are subject to a connection's accepts. */
    public static final int MIN_BUSINESS = 1000;

    private Ops() {
    }
}
