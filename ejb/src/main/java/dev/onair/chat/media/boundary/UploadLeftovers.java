package dev.onair.chat.media.boundary;

import dev.onair.chat.media.control.MediaSettings;
import dev.onair.chat.media.control.MediaStore;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.logging.Logger;

/**
 * Clears what uploads leave in {@code $ONAIR_MEDIA_ROOT/tmp} when a node dies
 * while reading or judging them (a crash never reaches {@link Received#close}):
 * at start and then every {@code onair.media.tmp-sweep}, every file there older
 * than {@code onair.media.tmp-max-age} is deleted. All nodes share the folder
 * and each sweeps it; the age is what tells a leftover from an upload another
 * node is reading right now. A non-persistent timer: a node that is down has
 * nothing to sweep for, and the next start sweeps first.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class UploadLeftovers {

    private static final Logger LOG = Logger.getLogger(UploadLeftovers.class.getName());

    @Resource
    TimerService timers;

    @Inject
    MediaSettings settings;

    @Inject
    MediaStore store;

    @Inject
    Clock clock;

    @PostConstruct
    void schedule() {
        timers.createIntervalTimer(0, settings.tmpSweep().toMillis(), new TimerConfig("chat upload leftovers", false));
    }

    @Timeout
    void sweep() {
        try {
            int deleted = store.deleteUploadsOlderThan(clock.instant().minus(settings.tmpMaxAge()));
            if (deleted > 0) {
                LOG.info(() -> "chat media: deleted " + deleted + " upload(s) left in tmp/ for over "
                        + settings.tmpMaxAge());
            }
        } catch (UncheckedIOException e) {
            // a sweep that fails is not retried on the spot: the next one comes after the interval
            LOG.warning(() -> "chat media: the sweep of tmp/ failed: " + e.getCause());
        }
    }
}
