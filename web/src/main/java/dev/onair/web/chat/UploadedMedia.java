package dev.onair.web.chat;

import dev.onair.chat.media.boundary.StoredMedia;

/**
 * A stored chat upload as JSON: {@code {id, kind, mime, size, sha256, width?,
 * height?, durationMillis?, name?, url}}; absent fields are unknown or do not apply.
 */
public record UploadedMedia(String id, String kind, String mime, long size, String sha256, Integer width,
                            Integer height, Long durationMillis, String name, String url) {

    static UploadedMedia of(StoredMedia media, String url) {
        return new UploadedMedia(media.id(), media.kind().wire(), media.mime(), media.size(), media.sha256(),
                media.width(), media.height(), media.durationMillis(), media.name(), url);
    }
}
