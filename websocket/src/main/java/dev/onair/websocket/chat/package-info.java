/**
 * Room chat over the socket: a client's op 4 becomes a room message through
 * the chat component's {@code RoomMessages} boundary and is answered with
 * op 5; a socket entering a room (auth, op 12) gets the room's last messages
 * as op-1000 frames. The wire shapes of both live here; the rules live in ejb.
 */
package dev.onair.websocket.chat;
