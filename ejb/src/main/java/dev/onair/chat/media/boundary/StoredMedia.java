package dev.onair.chat.media.boundary;

/**
 * A stored upload as the API shows it.
 *
 * @param width          pixels, images and videos only; {@code null} otherwise
 * @param height         pixels, images and videos only; {@code null} otherwise
 * @param durationMillis voice and video only; {@code null} otherwise
 * @param name           the file name the client gave, cleaned; {@code null} when none
 */
public record StoredMedia(String id, MediaKind kind, String mime, long size, String sha256, Integer width,
                          Integer height, Long durationMillis, String name) {
}
