package dev.onair.chat.media.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProbeTest {

    @Test
    void readsStreamsAndTheContainersDuration() {
        Probe p = Probe.parse("""
                {"streams":[
                  {"index":0,"codec_name":"h264","codec_type":"video","width":320,"height":240,
                   "disposition":{"default":1,"attached_pic":0}},
                  {"index":1,"codec_name":"aac","codec_type":"audio","sample_rate":"44100"}],
                 "format":{"format_name":"mov,mp4,m4a,3gp,3g2,mj2","duration":"2.023220","size":"1234"}}
                """);

        assertEquals(List.of(new Probe.Stream("video", "h264", 320, 240, false),
                new Probe.Stream("audio", "aac", null, null, false)), p.streams());
        assertEquals(2023L, p.durationMillis());
        assertTrue(p.hasVideo());
        assertTrue(p.hasAudio());
    }

    @Test
    void aCoverPictureIsNoVideo() {
        Probe p = Probe.parse("""
                {"streams":[{"codec_name":"mp3","codec_type":"audio","duration":"1.5"},
                  {"codec_name":"png","codec_type":"video","width":300,"height":300,
                   "disposition":{"attached_pic":1}}],
                 "format":{"duration":"N/A"}}""");

        assertFalse(p.hasVideo());
        assertEquals(1500L, p.durationMillis(), "the stream's duration when the container states none");
    }

    @Test
    void noDurationAnywhereIsUnknown() {
        assertEquals(null, Probe.parse("{\"streams\":[{\"codec_type\":\"audio\"}],\"format\":{}}").durationMillis());
        assertEquals(null, Probe.parse("{}").durationMillis());
    }

    @Test
    void theLastPacketsEndIsTheDurationWhenTheHeaderHasNone() {
        assertEquals(3014L, Probe.packetsEndMillis("0.000000,0.020000\n2.974000,0.020000\n2.994000,0.020000,\n"));
        assertEquals(1500L, Probe.packetsEndMillis("N/A,N/A\n1.500000,N/A\n"));
        assertEquals(null, Probe.packetsEndMillis(""));
        assertEquals(null, Probe.packetsEndMillis("N/A,N/A\n"));
    }

    @Test
    void somethingElseThanFfprobesJsonFails() {
        assertThrows(RuntimeException.class, () -> Probe.parse("not json"));
    }
}
