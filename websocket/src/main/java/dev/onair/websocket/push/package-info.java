/**
 * Delivery of pushes to this node's sockets: the push topic's listener
 * (every node has its own non-durable subscription, so every node sees every
 * push), serial lanes that keep pushes in order off the listener's thread,
 * opportunistic merging of a room's backlog into op-9 batches, and the fan-out
 * to the sockets the target names.
 */
package dev.onair.websocket.push;
