package dev.onair.media.inbound;

import dev.onair.media.api.MediaEvent;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Remembers which publishes were renamed. nginx-rtmp renames the stream after a 302 on
 * {@code on_publish} ({@code /stat}, relay and HLS use the new name), but its later
 * {@code on_publish_done} and {@code on_update} for that client still carry the name the
 * broadcaster typed, i.e. the secret key (measured, see docs/CONTRACTS.md). This map puts
 * the public name back on those events so listeners never have to handle the key again.
 * <p>
 * Keyed by app, client id and original name, so that client ids restarting at 1 after an
 * nginx restart cannot pick up a stale entry. Bounded, in case nginx dies and never sends
 * the publish_done that would remove an entry.
 */
public final class PublicNames {

    static final int CAPACITY = 10_000;

    private final Map<String, String> byPublisher = Collections.synchronizedMap(new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > CAPACITY;
        }
    });

    /** Records that this publish was answered with a rename. */
    public void remember(MediaEvent publish, String publicName) {
        byPublisher.put(key(publish), publicName);
    }

    /**
     * The event as listeners should see it: publish_done and update_publish of a renamed
     * publish carry the public name. A publish_done also ends the entry.
     */
    public MediaEvent publicView(MediaEvent event) {
        String publicName = switch (event.kind()) {
            case PUBLISH_DONE -> byPublisher.remove(key(event));
            case UPDATE_PUBLISH -> byPublisher.get(key(event));
            default -> null;
        };
        return publicName == null ? event : event.withName(publicName);
    }

    public int size() {
        return byPublisher.size();
    }

    public void clear() {
        byPublisher.clear();
    }

    private static String key(MediaEvent event) {
        return event.app() + '\n' + event.clientId() + '\n' + event.name();
    }
}
