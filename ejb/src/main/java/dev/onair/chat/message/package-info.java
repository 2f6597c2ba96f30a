/**
 * Room (danmaku) messages sent by users over their sockets: the rules a
 * message must pass (kind, length, rate, sensitive words), the time-ordered
 * server id it is stamped with, its delivery to the room through the push
 * bus, its asynchronous and idempotent archiving (Artemis queue
 * {@code onair.chat.persist} → MDB → table {@code chat_messages}), and reading
 * a room's history back.
 */
package dev.onair.chat.message;
