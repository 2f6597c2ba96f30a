/**
 * Chat and push: the goim-compatible path by which back ends and (later) users
 * reach connected clients. {@code boundary} offers the two ports the rest of
 * the system sees: {@link dev.onair.chat.boundary.PushBus} (publish a message to
 * keys, users, a room or everyone) and {@link dev.onair.chat.boundary.Presence}
 * (who is connected in which room, cluster-wide). {@code control} implements
 * them on Artemis and Redis. Delivery to sockets lives in the websocket WAR,
 * which listens to the push topic on every node.
 */
package dev.onair.chat;
