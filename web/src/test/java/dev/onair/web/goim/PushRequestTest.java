package dev.onair.web.goim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.onair.chat.boundary.Push;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class PushRequestTest {

    private static final byte[] BODY = "hi".getBytes(StandardCharsets.UTF_8);

    private static Push parse(String endpoint, String query) {
        return PushRequest.parse(endpoint, QueryParameters.parse(query), BODY);
    }

    @Test
    void readsEachEndpointsTarget() {
        assertEquals(new Push(new Push.Keys(List.of("k1", "k2", "k3")), 1000, BODY),
                parse("keys", "operation=1000&keys=k1,k2&keys=k3"));
        assertEquals(new Push(new Push.Mids(List.of(7L, 8L)), 1001, BODY), parse("mids", "operation=1001&mids=7&mids=8"));
        assertEquals(new Push(new Push.Room("live://1000"), 1002, BODY),
                parse("room", "operation=1002&type=live&room=1000"));
        assertEquals(new Push(new Push.All(40), 1003, BODY), parse("all", "operation=1003&speed=40"));
        assertEquals(new Push(new Push.All(0), 1003, BODY), parse("all", "operation=+1003+"));
    }

    @Test
    void refusesWhatGoimRefuses() {
        for (String[] bad : new String[][] {
                {"room", "type=live&room=1"},
                {"room", "operation=x&type=live&room=1"},
                {"room", "operation=1000&room=1"},
                {"room", "operation=1000&type=live&room=a%20b"},
                {"keys", "operation=1000"},
                {"keys", "operation=1000&keys=,"},
                {"mids", "operation=1000&mids=x"},
                {"all", "operation=1000&speed=-1"},
                {"all", "operation=99999999999"}}) {
            assertThrows(IllegalArgumentException.class, () -> parse(bad[0], bad[1]), String.join("?", bad));
        }
    }

    @Test
    void readsTheQueryString() {
        assertEquals(List.of("a b", "c&d"), QueryParameters.parse("x=a+b&x=c%26d&&y").get("x"));
        assertEquals(List.of(""), QueryParameters.parse("x=a+b&y").get("y"));
        assertEquals(List.of("\u5f39"), QueryParameters.parse("z=%E5%BC%B9").get("z"));
        assertEquals(0, QueryParameters.parse(null).size());
        assertThrows(IllegalArgumentException.class, () -> QueryParameters.parse("x=%zz"));
    }
}
