package dev.onair.chat.media.control;

import dev.onair.chat.media.boundary.MediaRefused;
import dev.onair.chat.media.boundary.Received;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * Upload files under the media root: {@code tmp/} while an upload is read and
 * judged, then {@code chat/<first two hex digits>/<id>}, moved there in one
 * rename (same file system), so a stored id never points at half a file.
 */
@ApplicationScoped
public class MediaStore {

    private static final int BUFFER = 64 * 1024;
    private static final String UPLOAD_PREFIX = "upload-";
    private static final String UPLOAD_SUFFIX = ".part";

    @Inject
    MediaSettings settings;

    /**
     * Copies the stream to a temporary file, hashing it on the way, and stops
     * reading as soon as it passes {@code limit} bytes: a too-large upload
     * costs at most the limit in disk and a buffer in memory.
     *
     * @throws MediaRefused 413 past the limit (the partial file is deleted)
     */
    public Received receive(InputStream in, long limit) {
        Path temp = null;
        try {
            Path dir = Files.createDirectories(tmp());
            temp = Files.createTempFile(dir, UPLOAD_PREFIX, UPLOAD_SUFFIX);
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            long size = 0;
            byte[] buffer = new byte[BUFFER];
            try (OutputStream out = Files.newOutputStream(temp)) {
                for (int n; (n = in.read(buffer)) != -1; ) {
                    size += n;
                    if (size > limit) {
                        throw MediaRefused.tooLarge("the upload is over " + limit + " bytes");
                    }
                    sha256.update(buffer, 0, n);
                    out.write(buffer, 0, n);
                }
            }
            Received received = new Received(temp, size, HexFormat.of().formatHex(sha256.digest()));
            temp = null;
            return received;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the refusal matters more than a leftover in tmp/
                }
            }
        }
    }

    /** Moves a received upload to the place of its id. */
    public Path keep(Received received, String id) {
        Path target = pathOf(id);
        try {
            Files.createDirectories(target.getParent());
            return Files.move(received.temp(), target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void delete(String id) {
        try {
            Files.deleteIfExists(pathOf(id));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Deletes the upload files in {@code tmp/} last written before
     * {@code cutoff}: what a node that died while reading or judging an upload
     * left behind. Only files named as {@link #receive} names them go; one
     * deleted meanwhile (by another node's sweep, or stored) is passed over.
     *
     * @return how many were deleted
     */
    public int deleteUploadsOlderThan(Instant cutoff) {
        Path dir = tmp();
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        int deleted = 0;
        try (DirectoryStream<Path> uploads = Files.newDirectoryStream(dir, UPLOAD_PREFIX + "*" + UPLOAD_SUFFIX)) {
            for (Path upload : uploads) {
                if (olderThan(upload, cutoff) && Files.deleteIfExists(upload)) {
                    deleted++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return deleted;
    }

    private static boolean olderThan(Path file, Instant cutoff) throws IOException {
        try {
            return Files.getLastModifiedTime(file).toInstant().isBefore(cutoff);
        } catch (NoSuchFileException gone) {
            return false;
        }
    }

    private Path tmp() {
        return settings.root().resolve("tmp");
    }

    /** Where the file of a (valid) id lives. */
    public Path pathOf(String id) {
        return settings.root().resolve("chat").resolve(id.substring(0, 2)).resolve(id);
    }

    /** The first bytes of a file, for sniffing. */
    public static byte[] head(Path file, int bytes) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
