package dev.onair.web.chat;

import dev.onair.chat.message.boundary.RoomMessage;
import java.util.List;

/**
 * One page of a room's history, newest first.
 *
 * @param items the messages, each as delivered over the socket (op 1000)
 * @param next  the {@code before} value for the next, older page; {@code null} (left out) after the last page
 */
public record MessagePage(List<RoomMessage> items, Long next) {

    static MessagePage of(List<RoomMessage> items, int limit) {
        Long next = items.size() == limit ? items.get(items.size() - 1).id() : null;
        return new MessagePage(items, next);
    }
}
