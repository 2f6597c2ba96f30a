package dev.onair.chat.message.boundary;

/**
 * What the sender is told: the stored message's id and time.
 *
 * @param duplicate the client id had been used before: this is the first message's answer, nothing was sent again
 */
public record Accepted(long id, long ts, boolean duplicate) {
}
