package dev.onair.media.outbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onair.media.api.MediaException;
import dev.onair.media.api.StreamStats;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * On /stat answers captured from nginx 1.22.1 + libnginx-mod-rtmp 1.2.2 with an ffmpeg 5.1
 * push (testsrc 640x360@30, sine, libx264 veryfast, aac) to live/SECRETKEY renamed to u42.
 */
class StatParserTest {

    static String resource(String name) throws IOException {
        try (InputStream in = StatParserTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void readsTheIngestStreamAndItsRelay() throws IOException {
        List<StreamStats> streams = StatParser.parse(resource("stat-publishing.xml"));

        assertEquals(2, streams.size());
        StreamStats live = streams.get(0);
        assertEquals(new StreamStats("live", "u42", 13685, 138768, 238402, 72024, 66744,
                640, 352, 30, "H264", "AAC", 2, true), live);
        StreamStats hls = streams.get(1);
        assertEquals("hls", hls.app());
        assertEquals("u42", hls.name());
        assertEquals(1, hls.clients());
        assertTrue(hls.publishing());
    }

    @Test
    void theSecretKeyNeverShows() throws IOException {
        assertFalse(resource("stat-publishing.xml").contains("SECRETKEY"));
    }

    @Test
    void anIdleServerHasNoStreams() throws IOException {
        assertEquals(List.of(), StatParser.parse(resource("stat-idle.xml")));
    }

    @Test
    void aViewerCountsAsAClientAndAStreamWithoutPublisherIsNotPublishing() throws IOException {
        List<StreamStats> streams = StatParser.parse(resource("stat-viewer.xml"));

        StreamStats live = streams.stream().filter(s -> s.app().equals("live")).findFirst().orElseThrow();
        assertEquals(3, live.clients());
        assertTrue(live.publishing());
        StreamStats idle = StatParser.parse("<rtmp><server><application><name>live</name><live><stream>"
                + "<name>x</name><time>5</time><nclients>1</nclients></stream></live></application></server></rtmp>").get(0);
        assertFalse(idle.publishing());
        assertEquals(0, idle.width());
        assertEquals("", idle.videoCodec());
    }

    @Test
    void refusesWhatIsNotStatXml() {
        assertThrows(MediaException.class, () -> StatParser.parse("<html>502 Bad Gateway</html>"));
        assertThrows(MediaException.class, () -> StatParser.parse("not xml"));
        assertThrows(MediaException.class, () -> StatParser.parse(
                "<?xml version=\"1.0\"?><!DOCTYPE rtmp [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><rtmp>&x;</rtmp>"));
    }
}
