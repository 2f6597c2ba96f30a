/**
 * What the room-message component offers: {@link dev.onair.chat.message.boundary.RoomMessages}
 * (send one message, read a room's history), the values it speaks in
 * ({@link dev.onair.chat.message.boundary.Draft}, {@link dev.onair.chat.message.boundary.RoomMessage},
 * {@link dev.onair.chat.message.boundary.Sender}), the refusal a sender gets
 * ({@link dev.onair.chat.message.boundary.MessageRefused}) and the MDB that archives
 * messages from the persist queue.
 */
package dev.onair.chat.message.boundary;
