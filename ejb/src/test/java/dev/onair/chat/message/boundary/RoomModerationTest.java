package dev.onair.chat.message.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.onair.chat.boundary.Push;
import dev.onair.chat.message.control.RoomRestrictions;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RoomModerationTest {

    private final List<String> stored = new ArrayList<>();
    private final List<Push> published = new ArrayList<>();
    private RoomModeration moderation;

    @BeforeEach
    void setUp() {
        moderation = new RoomModeration();
        moderation.restrictions = new RoomRestrictions() {
            @Override
            public void ban(String room, long userId, Optional<Duration> length) {
                stored.add("ban " + room + " " + userId + " " + length.map(Duration::toString).orElse("ever"));
            }

            @Override
            public void unban(String room, long userId) {
                stored.add("unban " + room + " " + userId);
            }
        };
        moderation.pushBus = published::add;
    }

    @Test
    void aKickEjectsWithoutStoringAnything() {
        moderation.kick("live://1", 7, "root");
        assertEquals(List.of(), stored);
        assertEquals(List.of(eject("live://1", 7, RoomModeration.KICKED)), published);
    }

    @Test
    void aBanIsStoredThenEjects() {
        moderation.ban("live://1", 7, Optional.of(Duration.ofMinutes(10)), "root");
        moderation.ban("live://1", 8, Optional.empty(), "root");
        assertEquals(List.of("ban live://1 7 PT10M", "ban live://1 8 ever"), stored);
        assertEquals(List.of(eject("live://1", 7, RoomModeration.BANNED), eject("live://1", 8, RoomModeration.BANNED)),
                published);
    }

    @Test
    void anUnbanOnlyLiftsTheBan() {
        moderation.unban("live://1", 7, "root");
        assertEquals(List.of("unban live://1 7"), stored);
        assertEquals(List.of(), published);
    }

    @Test
    void refusesBadRoomsAndLengths() {
        assertThrows(IllegalArgumentException.class, () -> moderation.kick("1", 7, "root"));
        assertThrows(IllegalArgumentException.class, () -> moderation.ban("live://1", 7, Optional.of(Duration.ZERO), "root"));
        assertThrows(IllegalArgumentException.class,
                () -> moderation.ban("live://1", 7, Optional.of(RoomModeration.MAX_BAN.plusSeconds(1)), "root"));
        assertEquals(List.of(), stored);
        assertEquals(List.of(), published);
    }

    private static Push eject(String room, long mid, String reason) {
        return new Push(new Push.Eject(room, mid), 0, reason.getBytes(StandardCharsets.UTF_8));
    }
}
