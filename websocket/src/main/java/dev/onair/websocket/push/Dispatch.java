package dev.onair.websocket.push;

import dev.onair.chat.boundary.Push;
import dev.onair.websocket.protocol.Outbound;

/**
 * One thing to hand to the sockets a target names: a single push, or several
 * pushes to one room merged into one batch.
 *
 * @param target    who receives it
 * @param operation the push's op (for accepts); for a merged batch that of its first push
 * @param outbound  the message, rendered once for all its sockets
 */
record Dispatch(Push.Target target, int operation, Outbound outbound) {
}
