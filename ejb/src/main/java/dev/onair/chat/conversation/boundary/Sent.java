package dev.onair.chat.conversation.boundary;

import dev.onair.chat.message.boundary.Accepted;

/** The sender's answer: the id and time (or a duplicate's) and the conversation the message went to. */
public record Sent(Accepted accepted, String conversation) {
}
