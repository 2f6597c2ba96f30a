package dev.onair.bench;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * A push body carrying its send time ({@link System#nanoTime()} of the load
 * client, which both pushes and receives, so latency is measured on one
 * clock): ASCII {@code t=<nanos>;} padded with dots to a fixed size, so it is
 * valid text for any push API and every push has the same length.
 */
final class PushStamp {

    private static final byte[] PREFIX = "t=".getBytes(StandardCharsets.US_ASCII);

    private PushStamp() {
    }

    static byte[] body(long nanos, int size) {
        byte[] digits = ("t=" + nanos + ";").getBytes(StandardCharsets.US_ASCII);
        byte[] body = new byte[Math.max(size, digits.length)];
        System.arraycopy(digits, 0, body, 0, digits.length);
        for (int i = digits.length; i < body.length; i++) {
            body[i] = '.';
        }
        return body;
    }

    /** @return the stamp, or -1 when the body carries none */
    static long read(ByteBuffer body) {
        int at = body.position();
        int end = body.limit();
        if (end - at < PREFIX.length + 2 || body.get(at) != PREFIX[0] || body.get(at + 1) != PREFIX[1]) {
            return -1;
        }
        long value = 0;
        int digits = 0;
        boolean negative = false;
        for (int i = at + 2; i < end; i++) {
            byte b = body.get(i);
            if (b == ';') {
                return digits == 0 ? -1 : negative ? -value : value;
            }
            if (b == '-' && digits == 0 && !negative) {
                negative = true;
            } else if (b >= '0' && b <= '9' && digits < 19) {
                value = value * 10 + (b - '0');
                digits++;
            } else {
                return -1;
            }
        }
        return -1;
    }
}
