package dev.onair.media.api;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A listener's answer to a {@link MediaEvent}. The adapter combines the answers of all
 * listeners: any {@link #deny} rejects the client, otherwise an {@link #allowAs} renames the
 * stream, otherwise the client is accepted. Only PUBLISH, PLAY and the UPDATE events are
 * affected by the answer; for the others nginx ignores it.
 */
public final class MediaDecision {

    /**
     * What a public name may look like. It becomes an RTMP stream name, an HLS file name
     * and a URL path segment, and a {@code Location} starting with {@code rtmp://} would make
     * nginx relay instead of rename, so it is kept to a safe alphabet.
     */
    public static final Pattern PUBLIC_NAME = Pattern.compile("[A-Za-z0-9_-]{1,128}");

    private static final MediaDecision ALLOW = new MediaDecision(true, null, null);

    private final boolean allowed;
    private final String publicName;
    private final String reason;

    private MediaDecision(boolean allowed, String publicName, String reason) {
        this.allowed = allowed;
        this.publicName = publicName;
        this.reason = reason;
    }

    /** Accept the client under the name it used. */
    public static MediaDecision allow() {
        return ALLOW;
    }

    /**
     * Accept the publisher and rename its stream: {@code /stat}, the relay to HLS and the
     * playlists only ever see {@code publicName}, never the key the broadcaster typed.
     *
     * @throws IllegalArgumentException if the name does not match {@link #PUBLIC_NAME}
     */
    public static MediaDecision allowAs(String publicName) {
        if (publicName == null || !PUBLIC_NAME.matcher(publicName).matches()) {
            throw new IllegalArgumentException("public stream name must match " + PUBLIC_NAME + ": " + publicName);
        }
        return new MediaDecision(true, publicName, null);
    }

    /** Reject the client; the reason goes back to nginx (and its error log), not to the broadcaster. */
    public static MediaDecision deny(String reason) {
        return new MediaDecision(false, null, Objects.requireNonNullElse(reason, "denied"));
    }

    public boolean allowed() {
        return allowed;
    }

    /** The new stream name, for {@link #allowAs} answers. */
    public Optional<String> publicName() {
        return Optional.ofNullable(publicName);
    }

    /** Why, for {@link #deny} answers. */
    public Optional<String> reason() {
        return Optional.ofNullable(reason);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MediaDecision that
                && allowed == that.allowed
                && Objects.equals(publicName, that.publicName)
                && Objects.equals(reason, that.reason);
    }

    @Override
    public int hashCode() {
        return Objects.hash(allowed, publicName, reason);
    }

    @Override
    public String toString() {
        if (!allowed) {
            return "deny(" + reason + ")";
        }
        return publicName == null ? "allow" : "allowAs(" + publicName + ")";
    }
}
