package dev.onair.chat.message.boundary;

/** Who sent a message: the user id and the name shown with it (the account's username). */
public record Sender(long id, String name) {
}
