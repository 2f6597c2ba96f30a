package dev.onair.chat.control.presence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UserConnectionLimitTest {

    private final UserConnectionLimit cut = new UserConnectionLimit(2);

    @Test
    void evictsNothingWithinTheMaximum() {
        assertEquals(List.of(), cut.beyond(List.of("a", "b"), Map.of("a", 1.0, "b", 2.0), "b"));
    }

    @Test
    void evictsTheOldestBeyondTheMaximum() {
        List<String> live = List.of("new", "mid", "old", "older");
        Map<String, Double> since = Map.of("new", 40.0, "mid", 30.0, "old", 20.0, "older", 10.0);

        assertEquals(List.of("older", "old"), cut.beyond(live, since, "new"));
    }

    @Test
    void neverEvictsTheConnectionBeingAdmittedEvenIfItsKeyIsTheOldest() {
        Map<String, Double> since = Map.of("back", 1.0, "b", 2.0, "c", 3.0);

        assertEquals(List.of("b"), cut.beyond(List.of("back", "b", "c"), since, "back"));
    }

    @Test
    void countsAConnectionWithoutAdmissionTimeAsTheOldest() {
        assertEquals(List.of("unknown"), cut.beyond(List.of("a", "unknown", "b"), Map.of("a", 5.0, "b", 6.0), "b"));
    }

    @Test
    void refusesAMaximumBelowOne() {
        assertThrows(IllegalArgumentException.class, () -> new UserConnectionLimit(0));
    }
}
