package dev.onair.it.chat;

import java.util.UUID;

/** Room ids unique to one test, so tests never see each other's sockets or pushes. */
final class Rooms {

    private Rooms() {
    }

    static String fresh() {
        return "live://it-" + UUID.randomUUID();
    }
}
