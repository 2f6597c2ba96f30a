/**
 * The comet layer: the {@code /ws/sub} endpoint that speaks goim v1 to
 * unchanged goim clients ({@code protocol}), this node's sockets and their
 * life cycle ({@code session}), and delivery of pushes from the push topic to
 * those sockets ({@code push}). Cluster-wide state (presence) and publishing
 * live in the EJB module's chat component; nothing here is the only copy of
 * anything but the sockets themselves.
 */
package dev.onair.websocket;
