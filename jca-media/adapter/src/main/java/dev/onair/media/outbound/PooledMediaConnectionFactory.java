package dev.onair.media.outbound;

import dev.onair.media.api.MediaConnection;
import dev.onair.media.api.MediaConnectionFactory;
import dev.onair.media.api.MediaException;
import jakarta.resource.ResourceException;
import jakarta.resource.spi.ConnectionManager;
import javax.naming.Reference;

/**
 * The {@link MediaConnectionFactory} bound in JNDI ({@code jca/onair/media}): every
 * {@link #getConnection()} asks the container's connection manager, i.e. the pool.
 */
public class PooledMediaConnectionFactory implements MediaConnectionFactory {

    private static final long serialVersionUID = 1L;

    private final MediaManagedConnectionFactory managedConnectionFactory;
    private final ConnectionManager connectionManager;
    private Reference reference;

    PooledMediaConnectionFactory(MediaManagedConnectionFactory managedConnectionFactory,
                                 ConnectionManager connectionManager) {
        this.managedConnectionFactory = managedConnectionFactory;
        this.connectionManager = connectionManager;
    }

    @Override
    public MediaConnection getConnection() {
        try {
            return (MediaConnection) connectionManager.allocateConnection(managedConnectionFactory, null);
        } catch (ResourceException e) {
            throw new MediaException("no media connection available: " + e.getMessage(), e);
        }
    }

    @Override
    public void setReference(Reference reference) {
        this.reference = reference;
    }

    @Override
    public Reference getReference() {
        return reference;
    }
}
