package dev.onair.web.goim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.onair.chat.boundary.Push;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PushRequestTest {

    private static final byte[] BODY = "hi".getBytes(StandardCharsets.UTF_8);

    /** Query parameters as the container hands them over: decoded, each name with its values. */
    private static Push parse(String endpoint, Map<String, String[]> query) {
        return PushRequest.parse(endpoint, query::get, BODY);
    }

    @Test
    void readsEachEndpointsTarget() {
        assertEquals(new Push(new Push.Keys(List.of("k1", "k2", "k3")), 1000, BODY),
                parse("keys", Map.of("operation", new String[] {"1000"}, "keys", new String[] {"k1,k2", "k3"})));
        assertEquals(new Push(new Push.Mids(List.of(7L, 8L)), 1001, BODY),
                parse("mids", Map.of("operation", new String[] {"1001"}, "mids", new String[] {"7", "8"})));
        assertEquals(new Push(new Push.Room("live://1000"), 1002, BODY), parse("room",
                Map.of("operation", new String[] {"1002"}, "type", new String[] {"live"}, "room", new String[] {"1000"})));
        assertEquals(new Push(new Push.All(40), 1003, BODY),
                parse("all", Map.of("operation", new String[] {"1003"}, "speed", new String[] {"40"})));
        assertEquals(new Push(new Push.All(0), 1003, BODY), parse("all", Map.of("operation", new String[] {" 1003 "})));
    }

    @Test
    void refusesWhatGoimRefuses() {
        List<Map<String, String[]>> rooms = List.of(
                Map.of("type", new String[] {"live"}, "room", new String[] {"1"}),
                Map.of("operation", new String[] {"x"}, "type", new String[] {"live"}, "room", new String[] {"1"}),
                Map.of("operation", new String[] {"1000"}, "room", new String[] {"1"}),
                Map.of("operation", new String[] {"1000"}, "type", new String[] {"live"}, "room", new String[] {"a b"}),
                Map.of("operation", new String[] {"99999999999"}, "type", new String[] {"live"},
                        "room", new String[] {"1"}));
        for (Map<String, String[]> query : rooms) {
            assertThrows(IllegalArgumentException.class, () -> parse("room", query), query.keySet().toString());
        }
        assertThrows(IllegalArgumentException.class, () -> parse("keys", Map.of("operation", new String[] {"1000"})));
        assertThrows(IllegalArgumentException.class,
                () -> parse("keys", Map.of("operation", new String[] {"1000"}, "keys", new String[] {","})));
        assertThrows(IllegalArgumentException.class,
                () -> parse("mids", Map.of("operation", new String[] {"1000"}, "mids", new String[] {"x"})));
        assertThrows(IllegalArgumentException.class,
                () -> parse("all", Map.of("operation", new String[] {"1000"}, "speed", new String[] {"-1"})));
    }
}
