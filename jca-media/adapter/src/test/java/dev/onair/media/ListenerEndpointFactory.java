package dev.onair.media;

import dev.onair.media.api.MediaEvent;
import dev.onair.media.api.MediaEventListener;
import jakarta.resource.spi.endpoint.MessageEndpoint;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.transaction.xa.XAResource;

/**
 * What the container does for a message-driven bean, reduced to a listener lambda: each
 * endpoint is a proxy that is both a MessageEndpoint and a MediaEventListener.
 */
public final class ListenerEndpointFactory implements MessageEndpointFactory {

    private final MediaEventListener listener;
    private final List<MediaEvent> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger created = new AtomicInteger();
    private final AtomicInteger released = new AtomicInteger();

    public ListenerEndpointFactory(MediaEventListener listener) {
        this.listener = listener;
    }

    @Override
    public MessageEndpoint createEndpoint(XAResource xaResource) {
        created.incrementAndGet();
        return (MessageEndpoint) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {MessageEndpoint.class, MediaEventListener.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "onMediaEvent" -> {
                        received.add((MediaEvent) args[0]);
                        yield listener.onMediaEvent((MediaEvent) args[0]);
                    }
                    case "release" -> {
                        released.incrementAndGet();
                        yield null;
                    }
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    case "toString" -> "endpoint";
                    default -> null;
                });
    }

    @Override
    public MessageEndpoint createEndpoint(XAResource xaResource, long timeout) {
        return createEndpoint(xaResource);
    }

    @Override
    public boolean isDeliveryTransacted(Method method) {
        return false;
    }

    @Override
    public String getActivationName() {
        return "test-" + System.identityHashCode(this);
    }

    @Override
    public Class<?> getEndpointClass() {
        return MediaEventListener.class;
    }

    public List<MediaEvent> received() {
        return received;
    }

    public int created() {
        return created.get();
    }

    public int released() {
        return released.get();
    }
}
