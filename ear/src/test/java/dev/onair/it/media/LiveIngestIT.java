package dev.onair.it.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onair.it.support.Api;
import dev.onair.it.support.Database;
import dev.onair.it.support.Ffmpeg;
import dev.onair.it.support.Poll;
import dev.onair.it.support.Stack;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * An anchor pushes RTMP with a real ffmpeg to the real nginx-rtmp; the
 * publish decision travels through the media resource adapter to the MDB.
 */
class LiveIngestIT {

    @Test
    void validKeyGoesLiveUnderItsPublicNameAndADropEndsIt() throws Exception {
        Api.Account anchor = Api.newAccount("anchor");
        JsonObject key = Api.json(Api.get("/api/v1/me/stream-key", anchor.token()));
        String secret = key.getString("streamKey");
        String stream = key.getString("publicName");

        try (Ffmpeg.Publisher publisher = Ffmpeg.publish(Stack.rtmp() + "/live/" + secret, 120)) {
            // nginx-rtmp lists a stream in /stat before its metadata (width 0 until then): wait for both
            JsonObject listed = Poll.until(Duration.ofSeconds(20), () -> onAir(stream)
                    .filter(s -> s.getInt("width", 0) > 0)).orElseThrow(() -> new AssertionError(
                    "stream never listed with its video size; ffmpeg said: " + publisher.output()));
            assertEquals(640, listed.getInt("width"));
            // nginx-rtmp reports the coded height from the stream metadata: 352 or 360 for a 360-line picture
            assertTrue(listed.getInt("height") == 352 || listed.getInt("height") == 360, listed.toString());
            assertTrue(listed.getString("videoCodec").toLowerCase().contains("h264"), listed.toString());
            assertEquals(Stack.media() + "/hls/" + stream + ".m3u8", listed.getString("hlsUrl"));
            assertFalse(Api.get("/api/v1/media/streams", null).body().contains(secret), "no secret in the list");
            assertFalse(get(Stack.media() + "/stat").body().contains(secret), "no secret in nginx /stat");

            String playlist = Stack.media() + "/hls/" + stream + ".m3u8";
            Poll.until(Duration.ofSeconds(20), () -> get(playlist).statusCode() == 200
                    && get(playlist).body().contains("#EXTINF") ? Optional.of(true) : Optional.empty())
                    .orElseThrow(() -> new AssertionError("no HLS playlist at " + playlist));
            assertTrue(Ffmpeg.probeCodecs(playlist).contains("h264"), "HLS is playable H.264");
            assertEquals(404, get(Stack.media() + "/hls/" + secret + ".m3u8").statusCode(), "no HLS under the key");

            long session = openSession(stream).orElseThrow(() -> new AssertionError("no live_sessions row"));

            var drop = Api.delete("/api/v1/me/live", anchor.token());
            assertEquals(204, drop.statusCode(), drop.body());

            assertNotEquals(-1, publisher.awaitExit(15), "the publisher was cut");
            Timestamp ended = Poll.until(Duration.ofSeconds(10), () -> endedAt(session)).orElseThrow(
                    () -> new AssertionError("publish_done never reached the MDB"));
            assertTrue(ended.toInstant().isAfter(java.time.Instant.now().minusSeconds(60)));
            assertTrue(onAir(stream).isEmpty(), "no longer listed");
            assertEquals(404, Api.delete("/api/v1/me/live", anchor.token()).statusCode(), "not live any more");
        }
    }

    @Test
    void unknownKeyIsRejected() throws Exception {
        String bogus = "sk_" + "x".repeat(32);
        try (Ffmpeg.Publisher publisher = Ffmpeg.publish(Stack.rtmp() + "/live/" + bogus, 30)) {
            int exit = publisher.awaitExit(20);
            assertNotEquals(-1, exit, "ffmpeg should have been refused, still running");
            assertNotEquals(0, exit, "ffmpeg should fail: " + publisher.output());
        }
        assertFalse(Api.get("/api/v1/media/streams", null).body().contains(bogus));
    }

    static Optional<JsonObject> onAir(String stream) {
        HttpResponse<String> list = Api.get("/api/v1/media/streams", null);
        assertEquals(200, list.statusCode(), list.body());
        return jakarta.json.Json.createReader(new java.io.StringReader(list.body())).readArray().stream()
                .map(v -> v.asJsonObject())
                .filter(s -> stream.equals(s.getString("name")))
                .findFirst();
    }

    static HttpResponse<String> get(String url) {
        return Api.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).GET().build());
    }

    static Optional<Long> openSession(String stream) {
        try (var db = Database.connect();
             var q = db.prepareStatement("select id, ended_at from live_sessions where stream_name = ? order by id desc")) {
            q.setString(1, stream);
            var row = q.executeQuery();
            if (!row.next()) {
                return Optional.empty();
            }
            assertNull(row.getTimestamp(2), "the session is open while live");
            return Optional.of(row.getLong(1));
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static Optional<Timestamp> endedAt(long session) {
        try (var db = Database.connect();
             var q = db.prepareStatement("select ended_at from live_sessions where id = ?")) {
            q.setLong(1, session);
            var row = q.executeQuery();
            return row.next() ? Optional.ofNullable(row.getTimestamp(1)) : Optional.empty();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
