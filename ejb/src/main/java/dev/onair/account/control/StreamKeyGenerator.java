package dev.onair.account.control;

import java.security.SecureRandom;
import java.util.Base64;

/** Makes unguessable stream keys: 192 random bits, URL- and RTMP-safe. */
public final class StreamKeyGenerator {

    private static final SecureRandom RANDOM = new SecureRandom();

    private StreamKeyGenerator() {
    }

    public static String next() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return "sk_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
