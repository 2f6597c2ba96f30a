package dev.onair.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GoimFramesTest {

    private static List<String> walk(byte[] message) {
        List<String> seen = new ArrayList<>();
        GoimFrames.visit(ByteBuffer.wrap(message), (op, body) -> {
            byte[] bytes = new byte[body.remaining()];
            body.get(bytes);
            seen.add(op + ":" + new String(bytes, StandardCharsets.UTF_8));
        });
        return seen;
    }

    @Test
    void oneFrame() {
        byte[] frame = GoimFrames.encode(1000, 7, "hi".getBytes(StandardCharsets.UTF_8));
        assertEquals(18, frame.length);
        assertEquals(List.of("1000:hi"), walk(frame));
        assertEquals(1000, GoimFrames.op(ByteBuffer.wrap(frame)));
    }

    @Test
    void batchIsWalkedFrameByFrame() {
        byte[] batch = GoimFrames.batch(List.of(GoimFrames.encode(1000, 0, "a".getBytes(StandardCharsets.UTF_8)),
                GoimFrames.encode(1001, 0, new byte[0]), GoimFrames.encode(1000, 0, "ccc".getBytes(StandardCharsets.UTF_8))));
        assertEquals(List.of("1000:a", "1001:", "1000:ccc"), walk(batch));
        assertEquals(GoimFrames.RAW, GoimFrames.op(ByteBuffer.wrap(batch)));
    }

    @Test
    void inconsistentLengthsAreRefused() {
        byte[] frame = GoimFrames.encode(1000, 0, "abc".getBytes(StandardCharsets.UTF_8));
        ByteBuffer.wrap(frame).putInt(0, 40);
        assertThrows(IllegalArgumentException.class, () -> walk(frame));
        assertThrows(IllegalArgumentException.class, () -> walk(new byte[5]));
        assertArrayEquals(new byte[0], new byte[0]);
    }
}
