package dev.onair.it.chat;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onair.it.support.Api;
import dev.onair.it.support.Api.Account;
import dev.onair.it.support.Database;
import dev.onair.it.support.Stack;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Chat media through the real doors: real PNG, Ogg/Opus and MP4 files made
 * here (ImageIO, ffmpeg) are uploaded over HTTP as multipart/form-data,
 * judged by the server from their content (magic bytes, ffprobe), stored
 * (row in {@code chat_media}, file under the media root) and served back
 * byte for byte; refusals are problem+json; and a room message of kind image
 * carries an uploaded id over the socket.
 */
class ChatMediaIT {

    private static final String MEDIA = "/api/v1/chat/media";
    private static final long IMAGE_LIMIT = 10L * 1024 * 1024;
    private static final long VOICE_LIMIT = 5L * 1024 * 1024;

    @TempDir
    static Path dir;

    private static Account alice;
    private static Account bob;

    @BeforeAll
    static void accounts() {
        alice = Api.newAccount("cma");
        bob = Api.newAccount("cmb");
    }

    @Test
    void storesARealPngAsAnImageAndServesItBackUnchanged() throws Exception {
        byte[] png = png(320, 200);

        HttpResponse<String> created = upload(alice.token(), png, "cat.png", "image/png", "image", true);

        assertEquals(201, created.statusCode(), created.body());
        JsonObject body = Api.json(created);
        String id = body.getString("id");
        assertTrue(id.matches("[0-9a-f]{32}"), id);
        assertEquals("image", body.getString("kind"));
        assertEquals("image/png", body.getString("mime"));
        assertEquals(png.length, body.getJsonNumber("size").longValueExact());
        assertEquals(320, body.getInt("width"));
        assertEquals(200, body.getInt("height"));
        assertFalse(body.containsKey("durationMillis"), "an image has no duration");
        assertEquals(sha256(png), body.getString("sha256"));
        assertEquals("cat.png", body.getString("name"));
        String location = created.headers().firstValue("Location").orElseThrow();
        assertTrue(location.endsWith(MEDIA + "/" + id), location);
        assertEquals(location, body.getString("url"));
        assertEquals(Optional.of("image|image/png|" + png.length + "|" + sha256(png) + "|320|200|null|" + alice.id()),
                row(id));

        HttpResponse<byte[]> fetched = fetch(URI.create(location), bob.token());
        assertEquals(200, fetched.statusCode());
        assertEquals(sha256(png), sha256(fetched.body()), "the same bytes come back");
        assertEquals("image/png", header(fetched, "Content-Type"));
        assertEquals(Long.toString(png.length), header(fetched, "Content-Length"));
        assertEquals("nosniff", header(fetched, "X-Content-Type-Options"));
        assertTrue(header(fetched, "Content-Disposition").startsWith("inline"), header(fetched, "Content-Disposition"));
        assertTrue(header(fetched, "Cache-Control").contains("private"), header(fetched, "Cache-Control"));
        assertTrue(header(fetched, "Cache-Control").contains("max-age="), header(fetched, "Cache-Control"));
    }

    @Test
    void aRealOpusClipIsVoiceWithItsDuration() throws Exception {
        Path clip = ffmpeg("voice.ogg", "-f", "lavfi", "-i", "sine=frequency=440:duration=2", "-c:a", "libopus",
                "-b:a", "24k");
        byte[] ogg = Files.readAllBytes(clip);

        // no kind stated, and the kind field may come after the file too
        HttpResponse<String> created = upload(alice.token(), ogg, "note.ogg", "application/octet-stream", null, true);

        assertEquals(201, created.statusCode(), created.body());
        JsonObject body = Api.json(created);
        assertEquals("voice", body.getString("kind"));
        assertEquals("audio/ogg", body.getString("mime"));
        assertFalse(body.containsKey("width"));
        long millis = body.getJsonNumber("durationMillis").longValueExact();
        assertTrue(Math.abs(millis - 2000) <= 100, "duration " + millis);
        assertEquals(Optional.of("voice|audio/ogg|" + ogg.length + "|" + sha256(ogg) + "|null|null|" + millis + "|"
                + alice.id()), row(body.getString("id")));
        HttpResponse<byte[]> fetched = fetch(URI.create(body.getString("url")), alice.token());
        assertEquals(200, fetched.statusCode());
        assertEquals(sha256(ogg), sha256(fetched.body()));
        assertEquals("audio/ogg", header(fetched, "Content-Type"));
    }

    @Test
    void aWebmVoiceNoteRecordedAsAStreamGetsItsDurationFromItsPackets() throws Exception {
        // what a browser's MediaRecorder makes: WebM written as a stream, no duration in its header
        Path clip = dir.resolve(UUID.randomUUID() + "-live.webm");
        Process ffmpeg = new ProcessBuilder("ffmpeg", "-hide_banner", "-loglevel", "error", "-f", "lavfi", "-i",
                "sine=frequency=300:duration=3", "-c:a", "libopus", "-f", "webm", "-")
                .redirectOutput(clip.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        assertTrue(ffmpeg.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, ffmpeg.exitValue());

        HttpResponse<String> created = upload(alice.token(), Files.readAllBytes(clip), "rec.webm", "audio/webm",
                "voice", true);

        assertEquals(201, created.statusCode(), created.body());
        JsonObject body = Api.json(created);
        assertEquals("voice", body.getString("kind"));
        assertEquals("audio/webm", body.getString("mime"));
        long millis = body.getJsonNumber("durationMillis").longValueExact();
        assertTrue(Math.abs(millis - 3000) <= 100, "duration " + millis);
    }

    @Test
    void aRealMp4IsVideoWithItsSizeAndDuration() throws Exception {
        Path clip = ffmpeg("clip.mp4", "-f", "lavfi", "-i", "testsrc=size=320x240:rate=25", "-f", "lavfi",
                "-i", "sine=frequency=440", "-t", "2", "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p",
                "-c:a", "aac", "-b:a", "64k");
        byte[] mp4 = Files.readAllBytes(clip);

        HttpResponse<String> created = upload(alice.token(), mp4, "clip.mp4", "video/mp4", "video", false);

        assertEquals(201, created.statusCode(), created.body());
        JsonObject body = Api.json(created);
        assertEquals("video", body.getString("kind"));
        assertEquals("video/mp4", body.getString("mime"));
        assertEquals(320, body.getInt("width"));
        assertEquals(240, body.getInt("height"));
        long millis = body.getJsonNumber("durationMillis").longValueExact();
        assertTrue(Math.abs(millis - 2000) <= 150, "duration " + millis);
        assertTrue(row(body.getString("id")).orElseThrow().startsWith("video|video/mp4|" + mp4.length + "|"));
        HttpResponse<byte[]> fetched = fetch(URI.create(body.getString("url")), bob.token());
        assertEquals(sha256(mp4), sha256(fetched.body()));
        assertEquals("video/mp4", header(fetched, "Content-Type"));
    }

    @Test
    void anythingElseIsAFileServedOnlyAsAnAttachment() throws Exception {
        byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> created = upload(alice.token(), html, "page.html", "text/html", null, true);

        assertEquals(201, created.statusCode(), created.body());
        JsonObject body = Api.json(created);
        assertEquals("file", body.getString("kind"));
        assertEquals("application/octet-stream", body.getString("mime"), "never the client's text/html");
        HttpResponse<byte[]> fetched = fetch(URI.create(body.getString("url")), bob.token());
        assertArrayEquals(html, fetched.body());
        assertEquals("application/octet-stream", header(fetched, "Content-Type"));
        assertTrue(header(fetched, "Content-Disposition").startsWith("attachment"));
        assertTrue(header(fetched, "Content-Disposition").contains("page.html"));
        assertEquals("nosniff", header(fetched, "X-Content-Type-Options"));
    }

    @Test
    void contentThatIsNotTheStatedKindIs415() throws Exception {
        long before = count(alice.id());
        byte[] text = "this is text, not a picture".getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> asImage = upload(alice.token(), text, "fake.png", "image/png", "image", true);
        assertProblem(asImage, 415);

        Path clip = ffmpeg("short.ogg", "-f", "lavfi", "-i", "sine=duration=1", "-c:a", "libopus");
        HttpResponse<String> voiceAsVideo = upload(alice.token(), Files.readAllBytes(clip), "v.ogg", "video/mp4",
                "video", false);
        assertProblem(voiceAsVideo, 415);
        assertEquals(before, count(alice.id()), "nothing stored");
    }

    @Test
    void overTheLimitsIs413AndLeavesNothingBehind() throws Exception {
        long before = count(alice.id());
        // a real PNG padded to one byte over the image limit: an image by its content, too large for one
        byte[] png = Arrays.copyOf(png(16, 16), (int) IMAGE_LIMIT + 1);
        assertProblem(upload(alice.token(), png, "big.png", "image/png", null, true), 413);
        assertProblem(upload(alice.token(), png, "big.png", "image/png", "image", true), 413);

        // stated as voice first, a body over the voice limit is cut off there
        byte[] noise = new byte[(int) VOICE_LIMIT + 200_000];
        assertProblem(upload(alice.token(), noise, "big.ogg", "audio/ogg", "voice", true), 413);

        // longer than the voice limit (120 s)
        Path longClip = ffmpeg("long.ogg", "-f", "lavfi", "-i", "sine=duration=121", "-c:a", "libopus",
                "-b:a", "6k");
        assertProblem(upload(alice.token(), Files.readAllBytes(longClip), "long.ogg", "audio/ogg", null, true), 413);

        assertEquals(before, count(alice.id()), "nothing stored");
        Path tmp = Stack.mediaRoot().resolve("tmp");
        if (Files.isDirectory(tmp)) {
            try (Stream<Path> left = Files.list(tmp)) {
                assertEquals(List.of(), left.toList(), "no partial upload left in " + tmp);
            }
        }
    }

    @Test
    void aMissingOrEmptyFileIs400() {
        assertProblem(upload(alice.token(), new byte[0], "empty.png", "image/png", "image", true), 400);
        String boundary = "b" + UUID.randomUUID();
        HttpResponse<String> noFile = Api.send(HttpRequest.newBuilder(Stack.api(MEDIA))
                .header("Authorization", "Bearer " + alice.token())
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString("--" + boundary + "\r\nContent-Disposition: form-data;"
                        + " name=\"kind\"\r\n\r\nimage\r\n--" + boundary + "--\r\n")).build());
        assertProblem(noFile, 400);
        assertProblem(upload(alice.token(), "x".getBytes(), "x", "text/plain", "sticker", true), 400);
    }

    @Test
    void needsATokenAndAnswersUnknownIdsWith404() {
        assertProblem(upload(null, "x".getBytes(), "x", "text/plain", null, true), 401);
        assertEquals(401, fetch(Stack.api(MEDIA + "/" + "0".repeat(32)), null).statusCode());
        HttpResponse<byte[]> unknown = fetch(Stack.api(MEDIA + "/" + "0".repeat(32)), alice.token());
        assertEquals(404, unknown.statusCode());
        assertEquals("application/problem+json", header(unknown, "Content-Type"));
        assertEquals(404, fetch(Stack.api(MEDIA + "/not-an-id"), alice.token()).statusCode());
    }

    @Test
    void aRoomMessageOfKindImageCarriesTheUploadedIdToTheRoom() throws Exception {
        String image = Api.json(upload(alice.token(), png(64, 64), "a.png", "image/png", "image", true)).getString("id");
        String voice = Api.json(upload(alice.token(), Files.readAllBytes(ffmpeg("n.ogg", "-f", "lavfi", "-i",
                "sine=duration=1", "-c:a", "libopus")), "n.ogg", "audio/ogg", "voice", true)).getString("id");
        String room = Rooms.fresh();
        try (GoimClient sender = GoimClient.authenticated(alice, room, List.of());
             GoimClient listener = GoimClient.authenticated(bob, room, List.of())) {
            sender.send(WireFrame.of(4, 1, message("image", image)));

            JsonObject answer = json(sender.pushes(1, f -> f.op() == 5, GoimClient.WAIT).get(0));
            assertTrue(answer.containsKey("id"), "accepted: " + answer);
            JsonObject delivered = json(listener.pushes(1, f -> f.op() == 1000, GoimClient.WAIT).get(0));
            assertEquals("image", delivered.getString("type"));
            assertEquals(image, delivered.getString("content"));
            assertEquals(alice.id(), delivered.getJsonObject("from").getJsonNumber("id").longValueExact());
            // the receiver fetches the picture by the id it got
            assertEquals(200, fetch(Stack.api(MEDIA + "/" + delivered.getString("content")), bob.token())
                    .statusCode());

            sender.send(WireFrame.of(4, 2, message("voice", image)));
            sender.send(WireFrame.of(4, 3, message("image", voice)));
            sender.send(WireFrame.of(4, 4, message("image", "f".repeat(32))));
            for (int seq = 2; seq <= 4; seq++) {
                WireFrame refused = sender.pushes(1, f -> f.op() == 5, GoimClient.WAIT).get(0);
                assertEquals(400, json(refused).getInt("code"), "seq " + refused.seq() + ": " + refused.text());
            }
        }
        try (GoimClient other = GoimClient.authenticated(bob, room, List.of())) {
            other.send(WireFrame.of(4, 5, message("image", image)));
            WireFrame refused = other.pushes(1, f -> f.op() == 5, GoimClient.WAIT).get(0);
            assertEquals(400, json(refused).getInt("code"), "someone else's media: " + refused.text());
            assertEquals(List.of(), other.silence(f -> f.op() == 1000, Duration.ofMillis(500)), "nothing delivered");
        }
    }

    // --- helpers ---------------------------------------------------------------------------------

    /** POSTs a multipart/form-data upload; {@code kind} (when given) before or after the file part. */
    static HttpResponse<String> upload(String token, byte[] file, String fileName, String claimedType, String kind,
                                       boolean kindFirst) {
        String boundary = "----onair" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        String kindPart = kind == null ? "" : "--" + boundary + "\r\nContent-Disposition: form-data; name=\"kind\""
                + "\r\n\r\n" + kind + "\r\n";
        if (kindFirst) {
            body.writeBytes(kindPart.getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: " + claimedType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        if (!kindFirst) {
            body.writeBytes(kindPart.getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(Stack.api(MEDIA)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return Api.send(request.build());
    }

    static HttpResponse<byte[]> fetch(URI uri, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            return Api.HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("request failed: " + uri, e);
        }
    }

    private static void assertProblem(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
        JsonObject problem = Api.json(response);
        assertEquals(status, problem.getInt("status"));
        assertFalse(problem.getString("detail", "").isBlank(), response.body());
    }

    static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse("");
    }

    static byte[] png(int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.ORANGE);
        g.fillOval(0, 0, width, height);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /** Runs ffmpeg with the given input and codec arguments into a new file in the test's folder. */
    static Path ffmpeg(String name, String... args) throws IOException, InterruptedException {
        Path out = dir.resolve(UUID.randomUUID() + "-" + name);
        List<String> command = new ArrayList<>(List.of("ffmpeg", "-hide_banner", "-loglevel", "error", "-y"));
        command.addAll(List.of(args));
        command.add(out.toString());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "ffmpeg finished");
        assertEquals(0, process.exitValue(), "ffmpeg: " + output);
        return out;
    }

    private static String message(String type, String content) {
        return Json.createObjectBuilder().add("type", type).add("content", content).build().toString();
    }

    private static JsonObject json(WireFrame frame) {
        return Json.createReader(new StringReader(new String(frame.body(), StandardCharsets.UTF_8))).readObject();
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    /** kind|mime|size|sha256|width|height|duration|owner of a stored upload. */
    private static Optional<String> row(String id) throws SQLException {
        try (Connection db = Database.connect(); PreparedStatement query = db.prepareStatement("select kind, mime,"
                + " size_bytes, sha256, width, height, duration_millis, owner_id from chat_media where id = ?")) {
            query.setString(1, id);
            try (ResultSet rs = query.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                List<String> values = new ArrayList<>();
                for (int i = 1; i <= 8; i++) {
                    values.add(String.valueOf(rs.getObject(i)));
                }
                return Optional.of(String.join("|", values));
            }
        }
    }

    private static long count(long owner) throws SQLException {
        try (Connection db = Database.connect();
             PreparedStatement query = db.prepareStatement("select count(*) from chat_media where owner_id = ?")) {
            query.setLong(1, owner);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
