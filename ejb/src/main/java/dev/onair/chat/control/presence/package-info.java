/**
 * The pieces of Redis presence that are not Redis calls: the key layout
 * ({@link dev.onair.chat.control.presence.PresenceKeys}), which of a user's
 * connections the per-user maximum closes
 * ({@link dev.onair.chat.control.presence.UserConnectionLimit}), the ranking of
 * rooms by count ({@link dev.onair.chat.control.presence.RoomRanking}), and the
 * read side that answers goim's online API
 * ({@link dev.onair.chat.control.presence.RedisOnlineQueries}).
 */
package dev.onair.chat.control.presence;
