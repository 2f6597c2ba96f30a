/**
 * The chat ports on real infrastructure, with no transaction of their own:
 * {@link dev.onair.chat.control.JmsPushBus} publishes to the Artemis push topic in
 * the {@link dev.onair.chat.control.PushTopicFormat} (which the websocket tier's
 * listener reads back), and {@link dev.onair.chat.control.RedisPresence} keeps
 * room membership as leases in Redis.
 */
package dev.onair.chat.control;
