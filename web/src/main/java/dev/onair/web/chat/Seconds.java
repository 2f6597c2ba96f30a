package dev.onair.web.chat;

/** A length of time in whole seconds: {@code {"seconds": 600}}. */
public record Seconds(Long seconds) {
}
