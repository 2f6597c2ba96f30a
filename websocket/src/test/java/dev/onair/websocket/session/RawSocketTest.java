package dev.onair.websocket.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.ByteBuffer;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class RawSocketTest {

    @Test
    void framesAsAnUnmaskedFinalBinaryFrameForEachLengthForm() {
        byte[] small = RawSocket.frame(new byte[] {1, 2, 3});
        assertArrayEquals(new byte[] {(byte) 0x82, 3, 1, 2, 3}, small);

        byte[] medium = RawSocket.frame(new byte[300]);
        assertEquals(304, medium.length);
        assertEquals((byte) 0x82, medium[0]);
        assertEquals(126, medium[1]);
        assertEquals(300, ByteBuffer.wrap(medium).getShort(2) & 0xffff);

        byte[] edge = RawSocket.frame(new byte[125]);
        assertEquals(125, edge[1]);
        byte[] edge2 = RawSocket.frame(new byte[65535]);
        assertEquals(126, edge2[1]);
        assertEquals(65535, ByteBuffer.wrap(edge2).getShort(2) & 0xffff);

        byte[] large = RawSocket.frame(new byte[70_000]);
        assertEquals(127, large[1]);
        assertEquals(70_000L, ByteBuffer.wrap(large).getLong(2));
        assertEquals(70_010, large.length);
    }

    @Test
    void framesTheSameMessageOncePerThread() {
        byte[] push = {9, 9};
        byte[] first = RawSocket.framed(push);
        assertSame(first, RawSocket.framed(push));
        byte[] equalButOther = Arrays.copyOf(push, 2);
        byte[] other = RawSocket.framed(equalButOther);
        assertNotSame(first, other);
        assertArrayEquals(first, other);
    }
}
