package dev.onair.media.outbound;

import dev.onair.media.api.MediaException;
import dev.onair.media.api.StreamStats;
import jakarta.resource.NotSupportedException;
import jakarta.resource.spi.ConnectionEvent;
import jakarta.resource.spi.ConnectionEventListener;
import jakarta.resource.spi.ConnectionRequestInfo;
import jakarta.resource.spi.LocalTransaction;
import jakarta.resource.spi.ManagedConnection;
import jakarta.resource.spi.ManagedConnectionMetaData;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.security.auth.Subject;
import javax.transaction.xa.XAResource;

/**
 * One pooled connection to nginx-rtmp. HTTP itself is stateless, so what the pool manages
 * here is the right to use the shared client plus the bookkeeping the pool depends on: it
 * tells its listeners when a handle is closed (so the connection goes back to the pool) and
 * when a request failed with an I/O error (so the pool throws it away instead of reusing it).
 */
public class MediaManagedConnection implements ManagedConnection {

    private final MediaManagedConnectionFactory factory;
    private final MediaServerClient client;
    private final List<ConnectionEventListener> listeners = new CopyOnWriteArrayList<>();
    private final Set<MediaConnectionHandle> handles = ConcurrentHashMap.newKeySet();
    private volatile boolean destroyed;
    private PrintWriter logWriter;

    MediaManagedConnection(MediaManagedConnectionFactory factory, MediaServerClient client) {
        this.factory = factory;
        this.client = client;
    }

    @Override
    public Object getConnection(Subject subject, ConnectionRequestInfo info) {
        requireAlive();
        MediaConnectionHandle handle = new MediaConnectionHandle(this);
        handles.add(handle);
        return handle;
    }

    @Override
    public void associateConnection(Object connection) {
        requireAlive();
        MediaConnectionHandle handle = (MediaConnectionHandle) connection;
        handle.moveTo(this);
        handles.add(handle);
    }

    /** Back to the pool: handles still open (the application forgot them) stop working. */
    @Override
    public void cleanup() {
        handles.forEach(MediaConnectionHandle::invalidate);
        handles.clear();
    }

    @Override
    public void destroy() {
        cleanup();
        destroyed = true;
    }

    @Override
    public void addConnectionEventListener(ConnectionEventListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeConnectionEventListener(ConnectionEventListener listener) {
        listeners.remove(listener);
    }

    @Override
    public XAResource getXAResource() throws NotSupportedException {
        throw new NotSupportedException("nginx-rtmp has no transactions");
    }

    @Override
    public LocalTransaction getLocalTransaction() throws NotSupportedException {
        throw new NotSupportedException("nginx-rtmp has no transactions");
    }

    @Override
    public ManagedConnectionMetaData getMetaData() {
        return new MediaConnectionMetaData();
    }

    @Override
    public void setLogWriter(PrintWriter logWriter) {
        this.logWriter = logWriter;
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    MediaManagedConnectionFactory factory() {
        return factory;
    }

    List<StreamStats> streams(MediaConnectionHandle handle) {
        try {
            return StatParser.parse(client.stat());
        } catch (IOException e) {
            throw failed(handle, "/stat", e);
        }
    }

    int drop(MediaConnectionHandle handle, String what, String app, String name, String clientId) {
        try {
            return client.drop(what, app, name, clientId);
        } catch (IOException e) {
            throw failed(handle, "/control/drop/" + what, e);
        }
    }

    /** The application closed a handle: detach it and tell the pool. */
    void closed(MediaConnectionHandle handle) {
        handles.remove(handle);
        ConnectionEvent event = new ConnectionEvent(this, ConnectionEvent.CONNECTION_CLOSED);
        event.setConnectionHandle(handle);
        listeners.forEach(listener -> listener.connectionClosed(event));
    }

    /** Detaches a handle that {@link #associateConnection} moves elsewhere. */
    void release(MediaConnectionHandle handle) {
        handles.remove(handle);
    }

    private MediaException failed(MediaConnectionHandle handle, String path, IOException cause) {
        ConnectionEvent event = new ConnectionEvent(this, ConnectionEvent.CONNECTION_ERROR_OCCURRED, cause);
        event.setConnectionHandle(handle);
        listeners.forEach(listener -> listener.connectionErrorOccurred(event));
        return new MediaException("nginx-rtmp " + path + " unreachable: " + cause, cause);
    }

    private void requireAlive() {
        if (destroyed) {
            throw new IllegalStateException("managed media connection was destroyed");
        }
    }
}
