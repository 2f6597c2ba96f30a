package dev.onair.it.chat;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static dev.onair.it.chat.ChatMediaIT.header;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.onair.it.support.Api;
import dev.onair.it.support.Api.Account;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /api/v1/chat/media/{id}} with {@code Range}, as browsers' audio
 * and video elements fetch to play and seek: one range gets 206 with
 * {@code Content-Range} and only those bytes, a range past the end 416
 * (problem+json), several ranges, a malformed one or an {@code If-Range} of
 * another version the whole file; the media headers stay on every answer.
 */
class ChatMediaRangesIT {

    private static final int SIZE = 10_000;

    private static Account viewer;
    private static byte[] bytes;
    private static URI url;
    private static String etag;

    @BeforeAll
    static void upload() {
        Account owner = Api.newAccount("cmr");
        viewer = Api.newAccount("cms");
        bytes = new byte[SIZE];
        new Random(42).nextBytes(bytes);
        HttpResponse<String> created = ChatMediaIT.upload(owner.token(), bytes, "clip.bin",
                "application/octet-stream", "file", true);
        assertEquals(201, created.statusCode(), created.body());
        JsonObject body = Api.json(created);
        url = URI.create(body.getString("url"));
        etag = "\"" + body.getString("sha256") + "\"";
    }

    @Test
    void theWholeFileSaysRangesAreAccepted() {
        HttpResponse<byte[]> whole = get();
        assertEquals(200, whole.statusCode());
        assertEquals("bytes", header(whole, "Accept-Ranges"));
        assertArrayEquals(bytes, whole.body());
    }

    @Test
    void oneRangeIsAPartialAnswerWithTheMediaHeaders() {
        HttpResponse<byte[]> part = get("Range", "bytes=100-199");
        assertEquals(206, part.statusCode());
        assertEquals("bytes 100-199/" + SIZE, header(part, "Content-Range"));
        assertEquals("100", header(part, "Content-Length"));
        assertArrayEquals(Arrays.copyOfRange(bytes, 100, 200), part.body());
        assertEquals("bytes", header(part, "Accept-Ranges"));
        assertEquals(etag, header(part, "ETag"));
        assertEquals("application/octet-stream", header(part, "Content-Type"));
        assertEquals("nosniff", header(part, "X-Content-Type-Options"));
        assertEquals("default-src 'none'; sandbox", header(part, "Content-Security-Policy"));
        assertEquals("attachment", header(part, "Content-Disposition").split(";")[0]);
    }

    @Test
    void openSuffixAndOverlongRangesAreCutToTheFile() {
        assertPart(get("Range", "bytes=0-"), 0, SIZE - 1);
        assertPart(get("Range", "bytes=9990-"), 9990, SIZE - 1);
        assertPart(get("Range", "bytes=-25"), SIZE - 25, SIZE - 1);
        assertPart(get("Range", "bytes=9000-99999"), 9000, SIZE - 1);
    }

    @Test
    void aRangePastTheEndIs416WithTheSize() {
        HttpResponse<byte[]> refused = get("Range", "bytes=" + SIZE + "-");
        assertEquals(416, refused.statusCode());
        assertEquals("bytes */" + SIZE, header(refused, "Content-Range"));
        assertEquals("application/problem+json", header(refused, "Content-Type"));
        assertEquals(416, Json.createReader(new ByteArrayInputStream(refused.body())).readObject().getInt("status"));
    }

    @Test
    void severalRangesOrAMalformedOneGetTheWholeFile() {
        for (String range : new String[] {"bytes=0-9,20-29", "bytes=9-0", "pages=1-2", "bytes=x-"}) {
            HttpResponse<byte[]> whole = get("Range", range);
            assertEquals(200, whole.statusCode(), range);
            assertArrayEquals(bytes, whole.body(), range);
        }
    }

    @Test
    void ifRangeGivesThePartOnlyOfTheVersionTheClientHas() {
        assertPart(get("Range", "bytes=0-9", "If-Range", etag), 0, 9);
        HttpResponse<byte[]> changed = get("Range", "bytes=0-9", "If-Range", "\"another-version\"");
        assertEquals(200, changed.statusCode());
        assertArrayEquals(bytes, changed.body());
    }

    @Test
    void aCachedCopyIsStill304() {
        HttpResponse<byte[]> unchanged = get("Range", "bytes=0-9", "If-None-Match", etag);
        assertEquals(304, unchanged.statusCode());
        assertEquals(etag, header(unchanged, "ETag"));
    }

    private static void assertPart(HttpResponse<byte[]> part, int first, int last) {
        assertEquals(206, part.statusCode());
        assertEquals("bytes " + first + "-" + last + "/" + SIZE, header(part, "Content-Range"));
        assertArrayEquals(Arrays.copyOfRange(bytes, first, last + 1), part.body());
    }

    /** GETs the media as the viewer with the given header names and values. */
    private static HttpResponse<byte[]> get(String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(30)).GET()
                .header("Authorization", "Bearer " + viewer.token());
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            return Api.HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("request failed: " + url, e);
        }
    }
}
