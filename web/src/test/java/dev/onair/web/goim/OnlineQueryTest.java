package dev.onair.web.goim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class OnlineQueryTest {

    @Test
    void readsTypeAndLimit() {
        assertEquals(new OnlineQuery.Top("live", 5), OnlineQuery.top("live", " 5"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"0", "-1", "ten", "99999999999"})
    void refusesAMissingOrBadLimit(String limit) {
        assertThrows(IllegalArgumentException.class, () -> OnlineQuery.top("live", limit));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"li ve", "live://x", "live:x", "thirty-three-characters-long-type"})
    void refusesAMissingOrBadType(String type) {
        assertThrows(IllegalArgumentException.class, () -> OnlineQuery.top(type, "5"));
        assertThrows(IllegalArgumentException.class, () -> OnlineQuery.rooms(type, List.of("1")));
    }

    @Test
    void readsRoomsOnceEachInTheirOrder() {
        assertEquals(new OnlineQuery.Rooms("live", List.of("2", "1")), OnlineQuery.rooms("live", List.of("2", "1", "2")));
    }

    @Test
    void refusesMissingInvalidOrTooManyRooms() {
        assertThrows(IllegalArgumentException.class, () -> OnlineQuery.rooms("live", null));
        assertThrows(IllegalArgumentException.class, () -> OnlineQuery.rooms("live", List.of()));
        assertThrows(IllegalArgumentException.class, () -> OnlineQuery.rooms("live", List.of("a b")));
        List<String> many = new ArrayList<>();
        for (int i = 0; i <= OnlineQuery.MAX_ROOMS; i++) {
            many.add("r" + i);
        }
        assertThrows(IllegalArgumentException.class, () -> OnlineQuery.rooms("live", many));
        assertEquals(1, OnlineQuery.rooms("live", Collections.nCopies(OnlineQuery.MAX_ROOMS + 1, "same")).rooms().size());
    }
}
