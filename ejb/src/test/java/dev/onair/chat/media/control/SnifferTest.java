package dev.onair.chat.media.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class SnifferTest {

    @Test
    void namesImagesByTheirMagicNumbers() {
        assertEquals(Container.JPEG, Sniffer.sniff(hex("ffd8ffe000104a464946")));
        assertEquals(Container.PNG, Sniffer.sniff(hex("89504e470d0a1a0a0000000d49484452")));
        assertEquals(Container.GIF, Sniffer.sniff(ascii("GIF89a\u0001\u0000")));
        assertEquals(Container.GIF, Sniffer.sniff(ascii("GIF87a\u0001\u0000")));
        assertEquals(Container.WEBP, Sniffer.sniff(hex("52494646c60100005745425056503820")));
    }

    @Test
    void namesAudioAndVideoContainers() {
        assertEquals(Container.OGG, Sniffer.sniff(ascii("OggS\u0000\u0002")));
        assertEquals(Container.WAV, Sniffer.sniff(ascii("RIFF\u0024\u0000\u0000\u0000WAVEfmt ")));
        assertEquals(Container.MP3, Sniffer.sniff(ascii("ID3\u0004\u0000")));
        assertEquals(Container.MP3, Sniffer.sniff(hex("fffb9064")), "an MPEG-1 layer III frame");
        assertEquals(Container.AAC, Sniffer.sniff(hex("fff15080")), "ADTS");
        assertEquals(Container.MP4, Sniffer.sniff(ascii("\u0000\u0000\u0000\u0020ftypisom")));
        assertEquals(Container.MP4, Sniffer.sniff(ascii("\u0000\u0000\u0000\u001cftypM4A ")));
        assertEquals(Container.QUICKTIME, Sniffer.sniff(ascii("\u0000\u0000\u0000\u0014ftypqt  ")));
        assertEquals(Container.QUICKTIME, Sniffer.sniff(ascii("\u0000\u0000\u0000\u0008wide")));
        assertEquals(Container.WEBM, Sniffer.sniff(hex("1a45dfa39f4286810142f7810142f2810442f381084282847765626d")));
        assertEquals(Container.MATROSKA,
                Sniffer.sniff(hex("1a45dfa3a34286810142f7810142f2810442f3810842828" + "86d6174726f736b61")));
    }

    @Test
    void knowsAFewDocumentsAndCallsTheRestUnknown() {
        assertEquals(Container.PDF, Sniffer.sniff(ascii("%PDF-1.7\n")));
        assertEquals(Container.ZIP, Sniffer.sniff(hex("504b0304140000000800")));
        assertEquals(Container.UNKNOWN, Sniffer.sniff(ascii("just some text, claimed to be a PNG")));
        assertEquals(Container.UNKNOWN, Sniffer.sniff(ascii("<svg xmlns=\"http://www.w3.org/2000/svg\"/>")));
        assertEquals(Container.UNKNOWN, Sniffer.sniff(ascii("#EXTM3U\nhttp://example.invalid/x.ts")),
                "a playlist never reaches ffprobe");
        assertEquals(Container.UNKNOWN, Sniffer.sniff(new byte[0]));
        assertEquals(Container.UNKNOWN, Sniffer.sniff(hex("ff")), "too short for any magic");
    }

    static byte[] hex(String hex) {
        return HexFormat.of().parseHex(hex.length() % 2 == 0 ? hex : hex + "0");
    }

    static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }
}
