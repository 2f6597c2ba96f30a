/**
 * goim v1 as pure code with no container in sight: frames in the binary form
 * (16-byte big-endian header + body) and the JSON text form, the bodies of the
 * client's requests (auth, change room, subscribe), and outbound messages
 * rendered once per form however many sockets they go to. Every rule a client
 * can break is a {@link dev.onair.websocket.protocol.ProtocolViolation} that
 * names the close code it earns.
 */
package dev.onair.websocket.protocol;
