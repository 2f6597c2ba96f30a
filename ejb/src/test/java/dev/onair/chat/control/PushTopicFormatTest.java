package dev.onair.chat.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.onair.chat.boundary.Push;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PushTopicFormatTest {

    private static final byte[] BODY = "{\"msg\":\"hi\"}".getBytes(StandardCharsets.UTF_8);

    @Test
    void writesTheContractsPropertiesForEachTarget() {
        assertEquals(Map.of("op", 1000, "target", "keys", "keys", "k1,k2"),
                PushTopicFormat.properties(new Push(new Push.Keys(List.of("k1", "k2")), 1000, BODY)));
        assertEquals(Map.of("op", 1001, "target", "mids", "mids", "7,8"),
                PushTopicFormat.properties(new Push(new Push.Mids(List.of(7L, 8L)), 1001, BODY)));
        assertEquals(Map.of("op", 1002, "target", "room", "room", "live://1000"),
                PushTopicFormat.properties(new Push(new Push.Room("live://1000"), 1002, BODY)));
        assertEquals(Map.of("op", 1003, "target", "all", "speed", 50),
                PushTopicFormat.properties(new Push(new Push.All(50), 1003, BODY)));
        assertEquals(Map.of("op", 0, "target", "eject", "room", "live://1000", "mids", "7"),
                PushTopicFormat.properties(new Push(new Push.Eject("live://1000", 7), 0, BODY)));
    }

    @Test
    void readsBackWhatItWrote() {
        for (Push push : List.of(
                new Push(new Push.Keys(List.of("k1", "k2")), 1000, BODY),
                new Push(new Push.Mids(List.of(7L, 8L)), 1001, BODY),
                new Push(new Push.Room("live://1000"), 1002, BODY),
                new Push(new Push.All(0), 5, new byte[0]),
                new Push(new Push.Eject("live://1000", 7), 0, "kicked from room".getBytes(StandardCharsets.UTF_8)))) {
            Map<String, Object> properties = PushTopicFormat.properties(push);
            assertEquals(push, PushTopicFormat.parse(properties::get, push.body()));
        }
    }

    @Test
    void acceptsNumbersSentAsStrings() {
        Map<String, Object> properties = Map.of("op", "1000", "target", "all", "speed", "3");
        assertEquals(new Push(new Push.All(3), 1000, BODY), PushTopicFormat.parse(properties::get, BODY));
    }

    @Test
    void treatsAMissingSpeedAsUnpaced() {
        Map<String, Object> properties = Map.of("op", 1000, "target", "all");
        assertEquals(new Push.All(0), PushTopicFormat.parse(properties::get, BODY).target());
    }

    @Test
    void refusesMessagesNotInTheFormat() {
        assertRefused(Map.of("target", "room", "room", "live://1"));
        assertRefused(Map.of("op", "x", "target", "room", "room", "live://1"));
        assertRefused(Map.of("op", 1000, "target", "somewhere"));
        assertRefused(Map.of("op", 1000, "target", "keys"));
        assertRefused(Map.of("op", 1000, "target", "mids", "mids", "7,x"));
        assertRefused(Map.of("op", 1000, "target", "room", "room", "not-a-room"));
        assertRefused(Map.of("op", 0, "target", "eject", "room", "live://1"));
        assertRefused(Map.of("op", 0, "target", "eject", "mids", "7"));
        assertRefused(Map.of("op", 0, "target", "eject", "room", "live://1", "mids", "x"));
    }

    @Test
    void aBatchReadsBackInOrder() {
        List<Push> pushes = List.of(
                new Push(new Push.Keys(List.of("k1", "k2")), 1000, BODY),
                new Push(new Push.Mids(List.of(7L, 8L)), 1001, BODY),
                new Push(new Push.Room("live://1000"), 1002, "\u5f39\u5e55".getBytes(StandardCharsets.UTF_8)),
                new Push(new Push.All(25), 5, new byte[0]),
                new Push(new Push.Eject("live://1000", 7), 0, "banned".getBytes(StandardCharsets.UTF_8)));
        assertEquals(pushes, PushTopicFormat.decode(PushTopicFormat.encode(pushes)));
        assertEquals(List.of(), PushTopicFormat.decode(PushTopicFormat.encode(List.of())));
    }

    @Test
    void refusesABrokenBatch() {
        byte[] batch = PushTopicFormat.encode(List.of(new Push(new Push.Room("live://1"), 1000, BODY)));
        assertThrows(IllegalArgumentException.class,
                () -> PushTopicFormat.decode(java.util.Arrays.copyOf(batch, batch.length - 1)));
        assertThrows(IllegalArgumentException.class,
                () -> PushTopicFormat.decode(java.util.Arrays.copyOf(batch, batch.length + 1)));
        assertThrows(IllegalArgumentException.class, () -> PushTopicFormat.decode(new byte[] {0x7f, 0, 0, 0}));
        assertThrows(IllegalArgumentException.class, () -> PushTopicFormat.decode(new byte[] {0, 0}));
        byte[] badLength = batch.clone();
        badLength[5] = 0x7f; // the first property name's length
        assertThrows(IllegalArgumentException.class, () -> PushTopicFormat.decode(badLength));
    }

    private static void assertRefused(Map<String, Object> given) {
        Map<String, Object> properties = new HashMap<>(given);
        assertThrows(IllegalArgumentException.class, () -> PushTopicFormat.parse(properties::get, BODY));
    }
}
