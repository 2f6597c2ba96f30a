package dev.onair.chat.media.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageHeadersTest {

    @TempDir
    Path dir;

    @Test
    void readsTheSizeOfPngJpegAndGifFromTheirHeaders() throws IOException {
        for (String format : new String[] {"png", "jpeg", "gif"}) {
            Path file = dir.resolve("image." + format);
            ImageIO.write(new BufferedImage(321, 123, BufferedImage.TYPE_INT_RGB), format, file.toFile());
            Container container = Sniffer.sniff(MediaStore.head(file, Sniffer.HEAD));

            assertEquals(Optional.of(new ImageHeaders.Size(321, 123)),
                    ImageHeaders.read(container, file, MediaStore.head(file, Sniffer.HEAD)), format);
        }
    }

    @Test
    void aBrokenHeaderIsNoImage() throws IOException {
        Path file = dir.resolve("broken.png");
        Files.write(file, SnifferTest.hex("89504e470d0a1a0a00000000"));

        assertEquals(Optional.empty(), ImageHeaders.read(Container.PNG, file, MediaStore.head(file, Sniffer.HEAD)));
    }

    @Test
    void readsWebpLossyLosslessAndExtendedHeaders() {
        // the first 30 bytes of 33x17 images written by ffmpeg's libwebp
        assertEquals(Optional.of(new ImageHeaders.Size(33, 17)), ImageHeaders.webp(
                SnifferTest.hex("52494646c60100005745425056503820ba010000500b009d012a21001100")));
        assertEquals(Optional.of(new ImageHeaders.Size(33, 17)), ImageHeaders.webp(
                SnifferTest.hex("52494646a4000000574542505650384c970000002f20000400601adb569c")));
        // VP8X: flags, 3 reserved bytes, canvas width-1 and height-1 as 24-bit little endian
        assertEquals(Optional.of(new ImageHeaders.Size(4000, 3000)), ImageHeaders.webp(
                SnifferTest.hex("52494646000000005745425056503858" + "0a000000" + "10000000" + "9f0f00" + "b70b00")));
    }

    @Test
    void aWebpWithoutAKnownChunkIsNoImage() {
        assertEquals(Optional.empty(), ImageHeaders.webp(
                SnifferTest.hex("52494646c60100005745425041424344ba010000500b009d012a21001100")));
        assertEquals(Optional.empty(), ImageHeaders.webp(SnifferTest.hex("5249464600000000574542505650")));
    }
}
