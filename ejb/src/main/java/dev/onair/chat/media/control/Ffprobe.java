package dev.onair.chat.media.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Runs ffprobe ({@code onair.media.ffprobe}) on a stored upload, with the
 * demuxer forced and only the file protocol allowed, under a deadline
 * ({@code onair.chat.media.probe-timeout}); the output goes to a file, so a
 * stuck ffprobe cannot block us on a full pipe and is killed at the deadline.
 */
@ApplicationScoped
public class Ffprobe {

    private static final Logger LOG = Logger.getLogger(Ffprobe.class.getName());

    @Inject
    MediaSettings settings;

    /**
     * @return the streams and duration; the duration from the last packet when
     *         the container states none (a WebM a browser recorded as a live
     *         stream has no duration in its header); empty when ffprobe cannot
     *         read the file as that container, or took too long
     */
    public Optional<Probe> probe(Path file, Container container) {
        Optional<Probe> probe = run(file, container, "-show_format", "-show_streams", "-of", "json")
                .map(Probe::parse);
        if (probe.isPresent() && probe.get().durationMillis() == null) {
            Long lastPacketEnd = run(file, container, "-show_entries", "packet=pts_time,duration_time",
                    "-of", "csv=p=0").map(Probe::packetsEndMillis).orElse(null);
            return Optional.of(new Probe(probe.get().streams(), lastPacketEnd));
        }
        return probe;
    }

    private Optional<String> run(Path file, Container container, String... show) {
        Path out = null;
        try {
            out = Files.createTempFile(file.getParent(), "probe-", ".out");
            List<String> command = new ArrayList<>(List.of(settings.ffprobe(), "-v", "error", "-hide_banner",
                    "-protocol_whitelist", "file", "-f", container.demuxer()));
            command.addAll(List.of(show));
            command.add("file:" + file.toAbsolutePath());
            Process process = new ProcessBuilder(command)
                    .redirectOutput(out.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .start();
            if (!process.waitFor(settings.probeTimeout().toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                LOG.warning(() -> "ffprobe took longer than " + settings.probeTimeout() + " on " + file.getFileName());
                return Optional.empty();
            }
            return process.exitValue() == 0
                    ? Optional.of(Files.readString(out, StandardCharsets.UTF_8)) : Optional.empty();
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + settings.ffprobe() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (RuntimeException e) {
            LOG.warning(() -> "unreadable ffprobe output for " + file.getFileName() + ": " + e);
            return Optional.empty();
        } finally {
            if (out != null) {
                try {
                    Files.deleteIfExists(out);
                } catch (IOException ignored) {
                    // a leftover probe file in tmp/ harms nothing
                }
            }
        }
    }
}
