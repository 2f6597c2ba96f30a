package dev.onair.chat.media.boundary;

import java.nio.file.Path;

/** A stored upload and where its bytes are, for serving them. */
public record MediaFile(StoredMedia media, Path path) {
}
