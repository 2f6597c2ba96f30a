/**
 * What the chat component offers: the {@link dev.onair.chat.boundary.PushBus}
 * port with its {@link dev.onair.chat.boundary.Push} message, the
 * {@link dev.onair.chat.boundary.Presence} port, and the rules for the two names
 * every part of the push path shares: connection keys and room ids.
 */
package dev.onair.chat.boundary;
