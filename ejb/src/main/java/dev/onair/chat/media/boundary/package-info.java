/**
 * What chat media offers: {@link dev.onair.chat.media.boundary.ChatMedia} (receive an
 * upload, store it, find it again), {@link dev.onair.chat.media.boundary.Attachments}
 * (the check a message of a media kind must pass), and the values and refusal they speak in.
 */
package dev.onair.chat.media.boundary;
