/**
 * This node's sockets: the {@code /sub} endpoint (thin), the goim connection
 * life cycle in {@link dev.onair.websocket.session.SubProtocol} (auth deadline,
 * auth, heartbeats, room changes, subscriptions, errors and closes), the
 * registry that finds sockets by key, user and room, and the bounded
 * per-socket outbox that keeps one slow client from stalling anyone else.
 */
package dev.onair.websocket.session;
