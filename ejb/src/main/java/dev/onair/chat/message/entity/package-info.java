/** What the room-message component stores: one row of {@code chat_messages} per accepted message. */
package dev.onair.chat.message.entity;
