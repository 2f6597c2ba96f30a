package dev.onair.media.inbound;

import dev.onair.media.api.MediaDecision;
import dev.onair.media.api.MediaEvent;
import dev.onair.media.api.MediaEventListener;
import jakarta.resource.spi.UnavailableException;
import jakarta.resource.spi.endpoint.MessageEndpoint;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The message endpoints active right now, and delivery to them. Many beans may listen at
 * once; each activation is its own entry, so deactivating one leaves the others in place.
 */
public final class MediaEndpoints {

    private static final System.Logger LOG = System.getLogger(MediaEndpoints.class.getName());

    private final ConcurrentMap<MediaActivationSpec, MessageEndpointFactory> active = new ConcurrentHashMap<>();

    public void activate(MediaActivationSpec spec, MessageEndpointFactory factory) {
        active.put(spec, factory);
    }

    /** Removes this activation only if it is still bound to this factory. */
    public void deactivate(MediaActivationSpec spec, MessageEndpointFactory factory) {
        active.remove(spec, factory);
    }

    public void clear() {
        active.clear();
    }

    public int size() {
        return active.size();
    }

    /**
     * Hands the event to every endpoint that accepts it, one after another on the calling
     * thread, and folds their decisions. An endpoint that fails does not stop delivery to
     * the others: a publish_done must reach every component even if one of them is broken.
     */
    public CallbackAnswer deliver(MediaEvent event) {
        List<MediaDecision> decisions = new ArrayList<>();
        int failures = 0;
        for (var entry : active.entrySet()) {
            if (!entry.getKey().accepts(event)) {
                continue;
            }
            try {
                decisions.add(deliverTo(entry.getValue(), event));
            } catch (UnavailableException | RuntimeException e) {
                failures++;
                LOG.log(Level.WARNING, "media listener " + entry.getKey() + " failed on " + event.kind()
                        + " client=" + event.clientId(), e);
            }
        }
        return CallbackAnswer.of(event.kind(), decisions, failures);
    }

    /**
     * No XAResource and no beforeDelivery/afterDelivery: deliveries are not transacted by the
     * adapter. A bean that declares a container-managed transaction still gets one, begun and
     * ended by the container around the listener method.
     */
    private static MediaDecision deliverTo(MessageEndpointFactory factory, MediaEvent event)
            throws UnavailableException {
        MessageEndpoint endpoint = factory.createEndpoint(null);
        try {
            MediaDecision decision = ((MediaEventListener) endpoint).onMediaEvent(event);
            if (decision == null) {
                throw new IllegalStateException("media listener returned no decision");
            }
            return decision;
        } finally {
            endpoint.release();
        }
    }
}
