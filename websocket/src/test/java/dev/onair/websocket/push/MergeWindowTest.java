package dev.onair.websocket.push;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.onair.chat.boundary.Push;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class MergeWindowTest {

    private final AtomicLong now = new AtomicLong();
    private final List<List<String>> out = new ArrayList<>();
    private final MergeWindow window = new MergeWindow(50, 3, now::get,
            bundle -> out.add(bundle.stream().map(p -> new String(p.body(), StandardCharsets.UTF_8)).toList()));

    private static Push push(String room, String body) {
        return new Push(new Push.Room(room), 1000, body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aRoomWaitsItsWindowFromItsFirstPush() {
        window.add("live://1", push("live://1", "a"));
        now.set(30);
        window.add("live://1", push("live://1", "b"));
        window.add("live://2", push("live://2", "x"));
        window.flushDue();
        assertEquals(List.of(), out);
        now.set(50);
        window.flushDue();
        assertEquals(List.of(List.of("a", "b")), out);
        assertEquals(1, window.waiting());
        now.set(80);
        window.flushDue();
        assertEquals(List.of(List.of("a", "b"), List.of("x")), out);
        assertEquals(0, window.waiting());
    }

    @Test
    void aFullBatchGoesAtOnceAndTheNextStartsAfresh() {
        for (String body : List.of("1", "2", "3", "4")) {
            window.add("live://1", push("live://1", body));
        }
        assertEquals(List.of(List.of("1", "2", "3")), out);
        now.set(49);
        window.flushDue();
        assertEquals(1, out.size());
        now.set(50);
        window.flushDue();
        assertEquals(List.of(List.of("1", "2", "3"), List.of("4")), out);
    }
}
