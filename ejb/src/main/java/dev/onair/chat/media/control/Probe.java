package dev.onair.chat.media.control;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;

/**
 * What ffprobe found in a file ({@code -show_format -show_streams -of json}):
 * its streams and its duration, when the container states one.
 */
public record Probe(List<Stream> streams, Long durationMillis) {

    private static final JsonProvider JSON = JsonProvider.provider();

    /**
     * One stream. {@code attachedPicture}: a cover image in an audio file
     * (mp3, m4a), which ffprobe lists as a video stream but is no video.
     */
    public record Stream(String type, String codec, Integer width, Integer height, boolean attachedPicture) {

        boolean isAudio() {
            return "audio".equals(type);
        }

        boolean isVideo() {
            return "video".equals(type) && !attachedPicture;
        }
    }

    public boolean hasAudio() {
        return streams.stream().anyMatch(Stream::isAudio);
    }

    public boolean hasVideo() {
        return streams.stream().anyMatch(Stream::isVideo);
    }

    public Stream firstVideo() {
        return streams.stream().filter(Stream::isVideo).findFirst().orElseThrow();
    }

    /** @throws RuntimeException (a JSON-P or cast exception) when the text is not ffprobe's JSON */
    public static Probe parse(String json) {
        try (var reader = JSON.createReader(new StringReader(json))) {
            JsonObject root = reader.readObject();
            List<Stream> streams = root.getJsonArray("streams") == null ? List.of()
                    : root.getJsonArray("streams").getValuesAs(JsonObject.class).stream().map(Probe::stream).toList();
            Long duration = millis(root.getJsonObject("format") == null ? null
                    : root.getJsonObject("format").get("duration"));
            if (duration == null) {
                // some containers state it per stream only
                duration = root.getJsonArray("streams") == null ? null
                        : root.getJsonArray("streams").getValuesAs(JsonObject.class).stream()
                                .map(s -> millis(s.get("duration"))).filter(d -> d != null)
                                .max(Long::compare).orElse(null);
            }
            return new Probe(streams, duration);
        }
    }

    /**
     * The end of the last packet, from ffprobe's {@code packet=pts_time,duration_time}
     * CSV lines ("2.994000,0.020000", some with a trailing comma); {@code null} when none has a time.
     */
    public static Long packetsEndMillis(String csv) {
        BigDecimal end = null;
        for (String line : csv.split("\\R")) {
            String[] fields = line.split(",");
            BigDecimal pts = decimal(fields.length > 0 ? fields[0] : "");
            if (pts == null) {
                continue;
            }
            BigDecimal duration = decimal(fields.length > 1 ? fields[1] : "");
            BigDecimal packetEnd = duration == null ? pts : pts.add(duration);
            end = end == null || packetEnd.compareTo(end) > 0 ? packetEnd : end;
        }
        return end == null || end.signum() <= 0 ? null
                : end.movePointRight(3).setScale(0, java.math.RoundingMode.HALF_UP).longValueExact();
    }

    private static BigDecimal decimal(String text) {
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Stream stream(JsonObject s) {
        JsonObject disposition = s.getJsonObject("disposition");
        boolean attached = disposition != null && disposition.getInt("attached_pic", 0) == 1;
        return new Stream(s.getString("codec_type", ""), s.getString("codec_name", ""),
                integer(s.get("width")), integer(s.get("height")), attached);
    }

    private static Integer integer(JsonValue v) {
        return v instanceof JsonNumber n && n.intValue() > 0 ? n.intValue() : null;
    }

    /** ffprobe writes durations as strings of seconds ("12.345000"), "N/A" when unknown. */
    static Long millis(JsonValue v) {
        if (!(v instanceof JsonString s)) {
            return null;
        }
        try {
            BigDecimal seconds = new BigDecimal(s.getString());
            return seconds.signum() > 0 ? seconds.movePointRight(3).setScale(0, java.math.RoundingMode.HALF_UP)
                    .longValueExact() : null;
        } catch (NumberFormatException | ArithmeticException e) {
            return null;
        }
    }
}
