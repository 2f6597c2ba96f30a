package dev.onair.websocket.protocol;

/**
 * A client broke the protocol; the connection gets an error frame and a close
 * with {@link Kind#closeCode()}. The reason is short (it travels in a close
 * frame, at most 123 bytes) and says what was wrong, never how the server
 * works. No stack trace is captured: violations are expected traffic, logged
 * as one line.
 */
public final class ProtocolViolation extends Exception {

    /** What kind of rule was broken, and the WebSocket close code (RFC 6455) it earns. */
    public enum Kind {
        /** Bad lengths, bad header, invalid JSON or UTF-8, wrong field types: 1002. */
        MALFORMED(1002),
        /** A body over the configured maximum: 1009. */
        TOO_BIG(1009),
        /** Well-formed but not allowed: no or bad token, first frame not auth, deadlines: 1008. */
        POLICY(1008);

        private final int closeCode;

        Kind(int closeCode) {
            this.closeCode = closeCode;
        }

        public int closeCode() {
            return closeCode;
        }
    }

    private final Kind kind;

    public ProtocolViolation(Kind kind, String reason) {
        super(reason, null, false, false);
        this.kind = kind;
    }

    public static ProtocolViolation malformed(String reason) {
        return new ProtocolViolation(Kind.MALFORMED, reason);
    }

    public static ProtocolViolation tooBig(String reason) {
        return new ProtocolViolation(Kind.TOO_BIG, reason);
    }

    public static ProtocolViolation policy(String reason) {
        return new ProtocolViolation(Kind.POLICY, reason);
    }

    public Kind kind() {
        return kind;
    }

    public String reason() {
        return getMessage();
    }
}
