package dev.onair.chat.message.boundary;

/**
 * An accepted room message, as delivered (op 1000), archived and read back.
 *
 * @param id      the server id: time-ordered, unique, below 2^53 so JavaScript reads it exactly
 * @param room    the room, {@code type://id}
 * @param from    the sender
 * @param type    {@code text} or {@code link}
 * @param content the content after the sensitive-word filter
 * @param ts      when the server accepted it, epoch milliseconds
 */
public record RoomMessage(long id, String room, Sender from, String type, String content, long ts) {
}
