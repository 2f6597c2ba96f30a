package dev.onair.web.chat;

import jakarta.ws.rs.core.StreamingOutput;
import java.io.EOFException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** One byte range of a stored file as a response body, copied by the kernel where it can ({@code transferTo}). */
final class FileSlice {

    private FileSlice() {
    }

    static StreamingOutput of(Path path, ByteRanges.Part part) {
        return out -> {
            try (FileChannel file = FileChannel.open(path, StandardOpenOption.READ)) {
                WritableByteChannel target = Channels.newChannel(out);
                long position = part.first();
                for (long left = part.length(); left > 0; ) {
                    long sent = file.transferTo(position, left, target);
                    if (sent <= 0) {
                        // stored files never change; a shorter one is broken, and the client must not get less silently
                        throw new EOFException(path + " ended at " + position + ", before " + (part.last() + 1));
                    }
                    position += sent;
                    left -= sent;
                }
            }
        };
    }
}
