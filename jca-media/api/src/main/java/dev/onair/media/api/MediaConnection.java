package dev.onair.media.api;

import java.util.List;

/**
 * A connection to nginx-rtmp's HTTP side ({@code /stat} and {@code /control}). Not thread-safe:
 * take one per unit of work and close it; closing returns it to the pool.
 * Every method throws {@link MediaException} when the media server cannot be reached or
 * answers with an error, and {@link IllegalStateException} once the connection is closed.
 */
public interface MediaConnection extends AutoCloseable {

    /** The streams nginx-rtmp currently knows, in every application (GET /stat). */
    List<StreamStats> streams();

    /**
     * Cuts the publisher of a stream (GET /control/drop/publisher); nginx then sends
     * {@code on_publish_done}.
     *
     * @param name the stream name as it appears in {@code /stat}, i.e. the public name
     * @return true if a publisher was dropped, false if none was publishing that stream
     */
    boolean dropPublisher(String app, String name);

    /**
     * Disconnects one client, publisher or viewer, of a stream (GET /control/drop/client).
     *
     * @param clientId the id nginx gives the client ({@link MediaEvent#clientId()})
     * @return true if the client was dropped
     */
    boolean dropClient(String app, String name, String clientId);

    /** Returns the connection to the pool; closing twice does nothing. */
    @Override
    void close();
}
