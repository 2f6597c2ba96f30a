package dev.onair.media.outbound;

import jakarta.resource.spi.ManagedConnectionMetaData;

/** What the container's admin tools show about a media connection. */
final class MediaConnectionMetaData implements ManagedConnectionMetaData {

    @Override
    public String getEISProductName() {
        return "nginx-rtmp";
    }

    /** Unknown without a request; {@code /stat} reports it if someone needs it. */
    @Override
    public String getEISProductVersion() {
        return "";
    }

    /** HTTP has no connection limit of its own worth reporting. */
    @Override
    public int getMaxConnections() {
        return 0;
    }

    /** Connections are not tied to a user. */
    @Override
    public String getUserName() {
        return "";
    }
}
