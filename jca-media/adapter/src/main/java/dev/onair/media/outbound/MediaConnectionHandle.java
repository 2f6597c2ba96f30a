package dev.onair.media.outbound;

import dev.onair.media.api.MediaConnection;
import dev.onair.media.api.StreamStats;
import java.util.List;

/**
 * The {@link MediaConnection} an application holds: a thin handle over a pooled
 * {@link MediaManagedConnection}. Closing it gives the managed connection back to the pool.
 */
public class MediaConnectionHandle implements MediaConnection {

    private MediaManagedConnection managed;

    MediaConnectionHandle(MediaManagedConnection managed) {
        this.managed = managed;
    }

    @Override
    public List<StreamStats> streams() {
        return managed().streams(this);
    }

    @Override
    public boolean dropPublisher(String app, String name) {
        return managed().drop(this, "publisher", app, name, null) > 0;
    }

    @Override
    public boolean dropClient(String app, String name, String clientId) {
        return managed().drop(this, "client", app, name, clientId) > 0;
    }

    @Override
    public synchronized void close() {
        MediaManagedConnection closing = managed;
        managed = null;
        if (closing != null) {
            closing.closed(this);
        }
    }

    /** The pool took the managed connection back while this handle was still open. */
    synchronized void invalidate() {
        managed = null;
    }

    /** Connection sharing: the container re-points this handle at another managed connection. */
    synchronized void moveTo(MediaManagedConnection target) {
        if (managed != null && managed != target) {
            managed.release(this);
        }
        managed = target;
    }

    private synchronized MediaManagedConnection managed() {
        if (managed == null) {
            throw new IllegalStateException("media connection is closed");
        }
        return managed;
    }
}
