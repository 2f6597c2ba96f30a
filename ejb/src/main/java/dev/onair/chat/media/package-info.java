/**
 * Media sent in chat: files uploaded once (image, voice, video or any other
 * file, the kind decided from the content by magic bytes and ffprobe, within
 * per-kind size and duration limits), stored under the media root by a random
 * 128-bit id and described in table {@code chat_media}; messages of those kinds
 * carry the id as their content, checked to be the sender's own media of that kind.
 */
package dev.onair.chat.media;
