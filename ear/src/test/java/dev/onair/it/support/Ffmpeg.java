package dev.onair.it.support;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Real media through the real tools: an ffmpeg publisher and ffprobe. */
public final class Ffmpeg {

    private Ffmpeg() {
    }

    /** Starts pushing a generated 640x360 H.264/AAC stream in real time; keyframe every second. */
    public static Publisher publish(String rtmpUrl, int seconds) throws IOException {
        Path log = Files.createTempFile("ffmpeg-publish", ".log");
        Process process = new ProcessBuilder("ffmpeg", "-hide_banner", "-loglevel", "warning", "-re",
                "-f", "lavfi", "-i", "testsrc=size=640x360:rate=30",
                "-f", "lavfi", "-i", "sine=frequency=440",
                "-t", Integer.toString(seconds),
                "-c:v", "libx264", "-preset", "ultrafast", "-tune", "zerolatency", "-g", "30", "-pix_fmt", "yuv420p",
                "-c:a", "aac", "-b:a", "64k", "-f", "flv", rtmpUrl)
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return new Publisher(process, log);
    }

    /** @return the codec names of the streams ffprobe finds at the URL, e.g. [h264, aac] */
    public static List<String> probeCodecs(String url) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("ffprobe", "-v", "error", "-rw_timeout", "10000000",
                "-show_entries", "stream=codec_name", "-of", "csv=p=0", url)
                .redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("ffprobe timed out on " + url);
        }
        return out.lines().map(String::trim).filter(l -> !l.isEmpty()).toList();
    }

    public record Publisher(Process process, Path log) implements AutoCloseable {

        /** @return the exit code, or empty-handed -1 when still running after the wait */
        public int awaitExit(long seconds) throws InterruptedException {
            return process.waitFor(seconds, TimeUnit.SECONDS) ? process.exitValue() : -1;
        }

        public String output() {
            try {
                return Files.readString(log);
            } catch (IOException e) {
                return "";
            }
        }

        @Override
        public void close() {
            process.destroyForcibly();
            new File(log.toString()).delete();
        }
    }
}
