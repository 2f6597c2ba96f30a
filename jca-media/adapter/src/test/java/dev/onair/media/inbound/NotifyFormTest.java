package dev.onair.media.inbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NotifyFormTest {

    @Test
    void decodesEveryFieldOfARealPublish() {
        Map<String, String> form = NotifyForm.parse(CapturedCallbacks.PUBLISH);

        assertEquals(List.of("app", "flashver", "swfurl", "tcurl", "pageurl", "addr", "clientid", "call",
                "name", "type", "token"), List.copyOf(form.keySet()));
        assertEquals("FMLE/3.0 (compatible; Lavf59.27", form.get("flashver"));
        assertEquals("rtmp://127.0.0.1:21935/live", form.get("tcurl"));
        assertEquals("", form.get("swfurl"));
        assertEquals("a b", form.get("token"));
    }

    @Test
    void aQueryArgumentCannotOverrideNginxsOwnField() {
        assertEquals("SECRETKEY", NotifyForm.parse(CapturedCallbacks.PUBLISH).get("name"));
    }

    @Test
    void toleratesOddInput() {
        assertTrue(NotifyForm.parse("").isEmpty());
        assertTrue(NotifyForm.parse(null).isEmpty());
        assertEquals(Map.of("flag", "", "x", "1"), NotifyForm.parse("flag&&x=1"));
        assertEquals("100%", NotifyForm.parse("p=100%").get("p"));
        assertEquals("a+b=c", NotifyForm.parse("k=a%2Bb%3Dc").get("k"));
    }

    @Test
    void theBodyWinsOverTheUrlQuery() {
        Map<String, String> merged = NotifyForm.merge(Map.of("name", "body"), Map.of("name", "query", "extra", "1"));
        assertEquals(Map.of("name", "body", "extra", "1"), merged);
    }
}
