package dev.onair.chat.media.control;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.FileImageInputStream;

/**
 * An image's dimensions from its header, without decoding its pixels (so a
 * small file claiming a huge canvas costs nothing). JPEG, PNG and GIF through
 * the JDK's ImageIO readers; WebP, which the JDK cannot read, from its
 * VP8/VP8L/VP8X header. Empty when the header is not readable: then it is no image.
 */
public final class ImageHeaders {

    private ImageHeaders() {
    }

    public record Size(int width, int height) {
    }

    public static Optional<Size> read(Container container, Path file, byte[] head) {
        if (container == Container.WEBP) {
            return webp(head);
        }
        String format = switch (container) {
            case JPEG -> "jpeg";
            case PNG -> "png";
            case GIF -> "gif";
            default -> throw new IllegalArgumentException("not an image container: " + container);
        };
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
        if (!readers.hasNext()) {
            return Optional.empty();
        }
        ImageReader reader = readers.next();
        // no ImageIO.createImageInputStream: it may cache the stream in a temporary file
        try (FileImageInputStream in = new FileImageInputStream(file.toFile())) {
            reader.setInput(in, true, true);
            return positive(reader.getWidth(0), reader.getHeight(0));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        } finally {
            reader.dispose();
        }
    }

    /** WebP: RIFF header, then a VP8X (extended, canvas size), VP8L (lossless) or VP8 (lossy) chunk. */
    static Optional<Size> webp(byte[] h) {
        if (h.length < 30) {
            return Optional.empty();
        }
        String chunk = new String(h, 12, 4, java.nio.charset.StandardCharsets.ISO_8859_1);
        return switch (chunk) {
            case "VP8X" -> positive(1 + u24(h, 24), 1 + u24(h, 27));
            case "VP8L" -> (h[20] & 0xFF) != 0x2F ? Optional.empty()
                    : positive(1 + (int) (u32(h, 21) & 0x3FFF), 1 + (int) ((u32(h, 21) >>> 14) & 0x3FFF));
            case "VP8 " -> (h[23] & 0xFF) != 0x9D || (h[24] & 0xFF) != 0x01 || (h[25] & 0xFF) != 0x2A
                    ? Optional.empty()
                    : positive(u16(h, 26) & 0x3FFF, u16(h, 28) & 0x3FFF);
            default -> Optional.empty();
        };
    }

    private static Optional<Size> positive(int width, int height) {
        return width > 0 && height > 0 ? Optional.of(new Size(width, height)) : Optional.empty();
    }

    private static int u16(byte[] h, int at) {
        return (h[at] & 0xFF) | (h[at + 1] & 0xFF) << 8;
    }

    private static int u24(byte[] h, int at) {
        return u16(h, at) | (h[at + 2] & 0xFF) << 16;
    }

    private static long u32(byte[] h, int at) {
        return (u24(h, at) | (long) (h[at + 3] & 0xFF) << 24);
    }
}
