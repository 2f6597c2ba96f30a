package dev.onair.media.api;

import jakarta.resource.Referenceable;
import java.io.Serializable;

/**
 * Hands out connections to the media server from the container's pool; inject it with
 * {@code @Resource(lookup = "jca/onair/media")}. Serializable and Referenceable because the
 * container binds it in JNDI.
 */
public interface MediaConnectionFactory extends Serializable, Referenceable {

    /**
     * Takes a connection from the pool; close it (try-with-resources) to give it back.
     *
     * @throws MediaException if the pool cannot supply a connection
     */
    MediaConnection getConnection() throws MediaException;
}
