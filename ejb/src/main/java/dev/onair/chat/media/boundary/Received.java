package dev.onair.chat.media.boundary;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An upload's bytes, written to a temporary file and not judged yet
 * ({@link ChatMedia#receive}); {@link ChatMedia#store} moves the file into
 * place. Whoever received it discards it when done, stored or not.
 */
public record Received(Path temp, long size, String sha256) implements AutoCloseable {

    /** Deletes the temporary file if it is still there (not stored, or refused). */
    @Override
    public void close() {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
