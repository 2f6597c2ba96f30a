package dev.onair.chat.media.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onair.chat.media.boundary.MediaIds;
import dev.onair.chat.media.boundary.MediaRefused;
import dev.onair.chat.media.boundary.Received;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MediaStoreTest {

    @TempDir
    Path root;

    private final MediaStore cut = new MediaStore();

    @BeforeEach
    void settings() {
        MediaSettings settings = new MediaSettings();
        settings.root = root.toString();
        settings.ffprobe = "ffprobe";
        settings.probeTimeout = Duration.ofSeconds(1);
        settings.maxImageBytes = settings.maxVoiceBytes = settings.maxVideoBytes = settings.maxFileBytes = 100;
        settings.maxVoiceDuration = settings.maxVideoDuration = Duration.ofSeconds(1);
        settings.maxImagePixels = 1;
        settings.tmpMaxAge = Duration.ofHours(1);
        settings.tmpSweep = Duration.ofMinutes(10);
        settings.validate();
        cut.settings = settings;
    }

    @Test
    void receivesWithItsHashAndKeepsItUnderItsId() throws Exception {
        byte[] bytes = "some bytes".getBytes();
        Received received = cut.receive(new ByteArrayInputStream(bytes), 100);

        assertEquals(bytes.length, received.size());
        assertEquals(sha256(bytes), received.sha256());
        String id = MediaIds.next();
        Path kept = cut.keep(received, id);
        assertEquals(root.resolve("chat").resolve(id.substring(0, 2)).resolve(id), kept);
        assertArrayEquals(bytes, Files.readAllBytes(kept));
        assertFalse(Files.exists(received.temp()));
    }

    @Test
    void stopsReadingJustPastTheLimitAndLeavesNothingBehind() throws IOException {
        AtomicLong read = new AtomicLong();
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                read.incrementAndGet();
                return 'x';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                int n = Math.min(len, 1000);
                read.addAndGet(n);
                return n;
            }
        };

        MediaRefused refused = assertThrows(MediaRefused.class, () -> cut.receive(endless, 5000));

        assertEquals(413, refused.status());
        assertTrue(read.get() <= 6000, "read " + read.get() + " bytes");
        try (Stream<Path> left = Files.list(root.resolve("tmp"))) {
            assertEquals(0, left.count(), "the partial file is deleted");
        }
    }

    @Test
    void exactlyTheLimitIsFine() {
        try (Received received = cut.receive(new ByteArrayInputStream(new byte[100]), 100)) {
            assertEquals(100, received.size());
        }
    }

    @Test
    void deletesOnlyUploadFilesOlderThanTheCutoff() throws IOException {
        Instant now = Instant.parse("2026-01-01T12:00:00Z");
        Path tmp = Files.createDirectories(root.resolve("tmp"));
        Path crashed = written(tmp.resolve("upload-1.part"), now.minus(Duration.ofDays(2)));
        Path justOld = written(tmp.resolve("upload-2.part"), now.minus(Duration.ofHours(1)).minusMillis(1));
        Path reading = written(tmp.resolve("upload-3.part"), now.minus(Duration.ofMinutes(59)));
        Path foreign = written(tmp.resolve("notes.txt"), now.minus(Duration.ofDays(2)));

        assertEquals(2, cut.deleteUploadsOlderThan(now.minus(Duration.ofHours(1))));

        assertFalse(Files.exists(crashed));
        assertFalse(Files.exists(justOld));
        assertTrue(Files.exists(reading), "younger than the cutoff: maybe still being read");
        assertTrue(Files.exists(foreign), "not an upload's file");
        assertEquals(0, cut.deleteUploadsOlderThan(now.minus(Duration.ofHours(1))), "nothing left to delete");
    }

    @Test
    void noTmpFolderYetIsNothingToDelete() {
        assertEquals(0, cut.deleteUploadsOlderThan(Instant.now()));
    }

    private static Path written(Path file, Instant modified) throws IOException {
        Files.write(file, new byte[] {1, 2, 3});
        Files.setLastModifiedTime(file, FileTime.from(modified));
        return file;
    }

    private static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
