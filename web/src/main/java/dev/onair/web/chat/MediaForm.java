package dev.onair.web.chat;

import dev.onair.chat.media.boundary.ChatMedia;
import dev.onair.chat.media.boundary.MediaKind;
import dev.onair.chat.media.boundary.MediaRefused;
import dev.onair.chat.media.boundary.Received;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.BadRequestException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import org.apache.commons.fileupload2.core.FileItemInput;
import org.apache.commons.fileupload2.core.FileItemInputIterator;
import org.apache.commons.fileupload2.core.FileUploadSizeException;
import org.apache.commons.fileupload2.jakarta.servlet6.JakartaServletDiskFileUpload;

/**
 * A chat media upload form ({@code multipart/form-data}: part {@code file},
 * optional field {@code kind}, in either order), read as a stream: the file
 * part goes straight to {@link ChatMedia#receive}, which stops at its limit;
 * the request as a whole may exceed the largest file limit by
 * {@link #FORM_OVERHEAD} only (a larger Content-Length is refused before
 * anything is read).
 */
final class MediaForm {

    static final String FILE = "file";
    static final String KIND = "kind";
    static final long FORM_OVERHEAD = 64 * 1024;
    /**
     * How much of a too-large request's rest is read and thrown away before the
     * 413 goes out. HTTP/1.1 clients write the whole body before they read an
     * answer (the JDK's client does), so a server that stops reading and closes
     * leaves them with a broken connection instead of the 413; a little
     * draining, as Tomcat's maxSwallowSize does, lets most see it. Beyond it the
     * connection is closed.
     */
    static final long SWALLOW = 2 * 1024 * 1024;
    private static final int MAX_PARTS = 8;

    /** The received file (to be closed by the caller), the stated kind, the client's file name. */
    record Parsed(Received file, Optional<MediaKind> kind, String fileName) {
    }

    private MediaForm() {
    }

    /**
     * @throws BadRequestException for a malformed form, no file part, two of them, or an unknown kind
     * @throws MediaRefused        413 past a limit, 400 for an empty file
     */
    static Parsed read(HttpServletRequest request, ChatMedia media) {
        JakartaServletDiskFileUpload upload = new JakartaServletDiskFileUpload();
        upload.setSizeMax(media.readLimit(Optional.empty()) + FORM_OVERHEAD);
        upload.setFileCountMax(MAX_PARTS);
        Received file = null;
        Optional<MediaKind> kind = Optional.empty();
        String fileName = null;
        try {
            FileItemInputIterator parts = upload.getItemIterator(request);
            while (parts.hasNext()) {
                FileItemInput part = parts.next();
                if (FILE.equals(part.getFieldName())) {
                    if (file != null) {
                        throw new BadRequestException("send one part named " + FILE);
                    }
                    fileName = part.getName();
                    file = media.receive(new Refusing(part.getInputStream()), kind);
                } else if (KIND.equals(part.getFieldName())) {
                    kind = Optional.of(kind(part));
                }
                // any other part is skipped by the iterator
            }
        } catch (FileUploadSizeException e) {
            close(file);
            swallow(request);
            throw MediaRefused.tooLarge("the request is over " + upload.getSizeMax() + " bytes");
        } catch (IOException e) {
            close(file);
            throw new BadRequestException("the request is not a readable multipart/form-data body: " + e.getMessage());
        } catch (RuntimeException e) {
            close(file);
            if (e instanceof MediaRefused refused && refused.status() == MediaRefused.TOO_LARGE) {
                swallow(request);
            }
            throw e;
        }
        if (file == null) {
            throw MediaRefused.empty("a part named " + FILE + " with the media is required");
        }
        return new Parsed(file, kind, fileName);
    }

    private static MediaKind kind(FileItemInput part) throws IOException {
        try (InputStream in = part.getInputStream()) {
            String text = new String(in.readNBytes(16), StandardCharsets.US_ASCII).strip();
            return MediaKind.of(text).orElseThrow(() -> new BadRequestException("kind must be one of "
                    + String.join(", ", Arrays.stream(MediaKind.values()).map(MediaKind::wire).toList())));
        }
    }

    /** Reads and discards up to {@link #SWALLOW} more bytes of the request; nothing is kept. */
    private static void swallow(HttpServletRequest request) {
        try {
            InputStream in = request.getInputStream();
            byte[] buffer = new byte[64 * 1024];
            for (long left = SWALLOW; left > 0; ) {
                int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                if (n < 0) {
                    return;
                }
                left -= n;
            }
        } catch (IOException e) {
            // the client went away: nobody is left to answer
        }
    }

    private static void close(Received file) {
        if (file != null) {
            file.close();
        }
    }

    /**
     * The file part's stream, whose read failures reach {@link ChatMedia#receive}
     * as refusals rather than as failures of ours: the request as a whole went
     * over its limit (413), or the client's body broke off or is malformed (400).
     */
    private static final class Refusing extends FilterInputStream {

        Refusing(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            try {
                return super.read();
            } catch (IOException e) {
                throw refusal(e);
            }
        }

        @Override
        public int read(byte[] b, int off, int len) {
            try {
                return super.read(b, off, len);
            } catch (IOException e) {
                throw refusal(e);
            }
        }

        private static MediaRefused refusal(IOException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof FileUploadSizeException) {
                    return MediaRefused.tooLarge("the request is over its size limit");
                }
            }
            return MediaRefused.empty("the upload could not be read: " + e.getMessage());
        }
    }
}
