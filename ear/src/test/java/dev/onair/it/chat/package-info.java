/**
 * Integration tests of the chat/push thread against a running stack: the
 * goim v1 socket at {@code /ws/sub} (auth, framing, heartbeats, rooms, the
 * JSON text form, slow clients) and the goim push API at {@code /goim/push/*},
 * through a goim client written on {@code java.net.http.WebSocket}.
 */
package dev.onair.it.chat;
