/**
 * How uploads are judged and kept: magic-byte sniffing, image headers,
 * ffprobe, the per-kind limits (pure logic), and the file store under the
 * media root. Nothing here has a transaction of its own.
 */
package dev.onair.chat.media.control;
