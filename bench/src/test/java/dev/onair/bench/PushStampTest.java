package dev.onair.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PushStampTest {

    @Test
    void roundTripsAtFixedSize() {
        byte[] body = PushStamp.body(123456789012345L, 64);
        assertEquals(64, body.length);
        assertEquals(123456789012345L, PushStamp.read(ByteBuffer.wrap(body)));
        assertEquals(-42L, PushStamp.read(ByteBuffer.wrap(PushStamp.body(-42L, 8))));
    }

    @Test
    void readsInsideALargerBuffer() {
        byte[] body = PushStamp.body(99L, 16);
        ByteBuffer wrapped = ByteBuffer.allocate(40).position(10).put(body).position(10).limit(26);
        assertEquals(99L, PushStamp.read(wrapped));
    }

    @Test
    void noStampIsMinusOne() {
        for (String text : new String[] {"", "t=", "t=;", "x=12;", "t=12", "t=1a;", "t=99999999999999999999;"}) {
            assertEquals(-1L, PushStamp.read(ByteBuffer.wrap(text.getBytes(StandardCharsets.US_ASCII))), text);
        }
    }
}
