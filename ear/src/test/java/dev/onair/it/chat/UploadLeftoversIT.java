package dev.onair.it.chat;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onair.it.support.Poll;
import dev.onair.it.support.Stack;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What a node that crashed while reading an upload leaves in
 * {@code $ONAIR_MEDIA_ROOT/tmp} goes: each node sweeps the folder at start and
 * every {@code ONAIR_MEDIA_TMP_SWEEP} (5 s on the test stack) and deletes
 * upload files older than {@code ONAIR_MEDIA_TMP_MAX_AGE} (1 h); a young one,
 * maybe being read by the other node, and files that are not uploads stay.
 * A crash cannot be made on purpose mid-upload, so its leftover is made here.
 */
class UploadLeftoversIT {

    /** Several sweeps of both nodes; the wait ends as soon as the file is gone. */
    private static final Duration SWEEPS = Duration.ofSeconds(60);

    @Test
    void anOldUploadFileIsDeletedAndOnlyIt() throws IOException {
        Path tmp = Files.createDirectories(Stack.mediaRoot().resolve("tmp"));
        String tag = UUID.randomUUID().toString();
        Instant twoDaysAgo = Instant.now().minus(Duration.ofDays(2));
        Path crashed = file(tmp.resolve("upload-" + tag + "-crashed.part"), twoDaysAgo);
        Path young = file(tmp.resolve("upload-" + tag + "-young.part"), Instant.now());
        Path foreign = file(tmp.resolve(tag + "-not-an-upload.txt"), twoDaysAgo);
        try {
            Optional<Path> gone = Poll.until(SWEEPS, () -> Files.exists(crashed) ? Optional.empty()
                    : Optional.of(crashed));
            assertTrue(gone.isPresent(), "the leftover " + crashed + " is still there after " + SWEEPS);
            assertTrue(Files.exists(young), "a young upload file stays: another node may be reading it");
            assertTrue(Files.exists(foreign), "only upload files are swept");
        } finally {
            for (Path p : new Path[] {crashed, young, foreign}) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static Path file(Path path, Instant modified) throws IOException {
        Files.write(path, new byte[] {1, 2, 3});
        Files.setLastModifiedTime(path, FileTime.from(modified));
        return path;
    }
}
