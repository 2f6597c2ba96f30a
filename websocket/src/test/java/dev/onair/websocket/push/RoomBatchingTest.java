package dev.onair.websocket.push;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.onair.chat.boundary.Push;
import dev.onair.websocket.protocol.BinaryFrames;
import dev.onair.websocket.protocol.Frame;
import dev.onair.websocket.protocol.Ops;
import dev.onair.websocket.protocol.ProtocolViolation;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoomBatchingTest {

    private static final Push.Room ROOM_A = new Push.Room("live://a");
    private static final Push.Room ROOM_B = new Push.Room("live://b");

    @Test
    void sendsALonePushAsAPlainFrameOfItsOperation() throws ProtocolViolation {
        List<Dispatch> plan = RoomBatching.plan(List.of(push(ROOM_A, 1000, "hi")));

        assertEquals(1, plan.size());
        assertEquals(List.of(Frame.push(1000, utf8("hi"))), frames(plan.get(0)));
        assertEquals(1000, decode(plan.get(0)).op());
    }

    @Test
    void mergesARoomsBacklogIntoOneOp9BatchInOrder() throws ProtocolViolation {
        List<Dispatch> plan = RoomBatching.plan(List.of(
                push(ROOM_A, 1000, "1"), push(ROOM_B, 1000, "x"), push(ROOM_A, 1001, "2"), push(ROOM_A, 1000, "3")));

        assertEquals(2, plan.size());
        assertEquals(ROOM_A, plan.get(0).target());
        assertEquals(Ops.RAW, decode(plan.get(0)).op());
        assertEquals(List.of(Frame.push(1000, utf8("1")), Frame.push(1001, utf8("2")), Frame.push(1000, utf8("3"))),
                frames(plan.get(0)));
        assertEquals(ROOM_B, plan.get(1).target());
        assertEquals(List.of(Frame.push(1000, utf8("x"))), frames(plan.get(1)));
    }

    @Test
    void neverMergesPushesToKeysUsersOrEveryone() {
        Push.Keys keys = new Push.Keys(List.of("k"));
        List<Dispatch> plan = RoomBatching.plan(List.of(
                push(keys, 1000, "1"), push(keys, 1000, "2"), push(new Push.All(0), 1000, "3")));

        assertEquals(3, plan.size());
        assertEquals(1, plan.get(0).outbound().frameCount());
    }

    @Test
    void splitsBatchesAtTwentyFrames() throws ProtocolViolation {
        List<Push> pushes = new ArrayList<>();
        for (int i = 0; i < 45; i++) {
            pushes.add(push(ROOM_A, 1000, String.valueOf(i)));
        }

        List<Dispatch> plan = RoomBatching.plan(pushes);

        assertEquals(List.of(20, 20, 5), plan.stream().map(d -> d.outbound().frameCount()).toList());
        assertEquals(Frame.push(1000, utf8("20")), frames(plan.get(1)).get(0));
    }

    @Test
    void splitsBatchesBeforeTheyGrowPast16KiB() {
        String big = "x".repeat(6000);
        List<Dispatch> plan = RoomBatching.plan(List.of(
                push(ROOM_A, 1000, big), push(ROOM_A, 1000, big), push(ROOM_A, 1000, big)));

        assertEquals(List.of(2, 1), plan.stream().map(d -> d.outbound().frameCount()).toList());
    }

    private static Push push(Push.Target target, int op, String body) {
        return new Push(target, op, utf8(body));
    }

    private static Frame decode(Dispatch dispatch) throws ProtocolViolation {
        return BinaryFrames.decode(ByteBuffer.wrap((byte[]) dispatch.outbound().messages(false).get(0)), 1 << 20);
    }

    /** The frames a binary socket would receive, unwrapping an op-9 batch as goim's client does. */
    private static List<Frame> frames(Dispatch dispatch) throws ProtocolViolation {
        Frame outer = decode(dispatch);
        if (outer.op() != Ops.RAW) {
            return List.of(outer);
        }
        List<Frame> frames = new ArrayList<>();
        ByteBuffer body = ByteBuffer.wrap(outer.body());
        while (body.hasRemaining()) {
            int packLen = body.getInt(body.position());
            frames.add(BinaryFrames.decode(body.slice(body.position(), packLen), 1 << 20));
            body.position(body.position() + packLen);
        }
        return frames;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
