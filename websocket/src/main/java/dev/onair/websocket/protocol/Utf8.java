package dev.onair.websocket.protocol;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strict UTF-8 decoding of request bodies: {@code new String(bytes, UTF_8)}
 * would silently turn invalid bytes into U+FFFD, and a body that is not text
 * is a malformed frame, not a string with question marks in it.
 */
final class Utf8 {

    private Utf8() {
    }

    static String decode(byte[] bytes) throws ProtocolViolation {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw ProtocolViolation.malformed("body is not valid UTF-8");
        }
    }
}
