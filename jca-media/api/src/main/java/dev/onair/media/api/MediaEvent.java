package dev.onair.media.api;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One nginx-rtmp notify callback.
 *
 * @param kind     which callback
 * @param app      nginx application, e.g. {@code live}; empty for the local relay's events
 * @param name     stream name. On {@link Kind#PUBLISH} it is what the broadcaster typed (the
 *                 secret stream key). On later events of a publish the adapter renamed
 *                 ({@link MediaDecision#allowAs}), it is the public name: nginx itself keeps
 *                 sending the key there, see {@link #args()}
 * @param clientId nginx's id of the RTMP client, usable with {@link MediaConnection#dropClient}
 * @param addr     client address as nginx reports it
 * @param args     every form field exactly as nginx posted it ({@code app, flashver, swfurl,
 *                 tcurl, pageurl, addr, clientid, call, name, type, ...}) plus the query
 *                 arguments of the RTMP URL ({@code rtmp://host/live/key?token=x} gives
 *                 {@code token=x}). Where a query argument repeats an nginx field, nginx's
 *                 value wins. May contain the stream key: do not log it
 */
public record MediaEvent(Kind kind, String app, String name, String clientId, String addr,
                         Map<String, String> args) {

    /** nginx-rtmp sends this flashver for the connections its own {@code push} relay opens. */
    public static final String LOCAL_RELAY_FLASHVER = "ngx-local-relay";

    /** Which nginx-rtmp callback fired. */
    public enum Kind {
        /** {@code on_publish}: a broadcaster starts; the answer accepts, renames or rejects it. */
        PUBLISH,
        /** {@code on_publish_done}: a publish ended (client gone or dropped). */
        PUBLISH_DONE,
        /** {@code on_play}: a viewer (or the local relay) starts playing; answer accepts or rejects. */
        PLAY,
        /** {@code on_play_done}: a viewer stopped. */
        PLAY_DONE,
        /** {@code on_update} for a publisher; a non-2xx answer kicks it. */
        UPDATE_PUBLISH,
        /** {@code on_update} for a viewer; a non-2xx answer kicks it. */
        UPDATE_PLAY,
        /** {@code on_record_done}: a recording file is complete ({@code path} in args). */
        RECORD_DONE
    }

    public MediaEvent {
        Objects.requireNonNull(kind, "kind");
        app = Objects.requireNonNullElse(app, "");
        name = Objects.requireNonNullElse(name, "");
        clientId = Objects.requireNonNullElse(clientId, "");
        addr = Objects.requireNonNullElse(addr, "");
        args = Map.copyOf(args);
    }

    /** One form field or query argument, if nginx sent it. */
    public Optional<String> arg(String field) {
        return Optional.ofNullable(args.get(field));
    }

    /**
     * Whether this is nginx's own relay from app {@code live} to app {@code hls}: it plays the
     * renamed stream (PLAY / PLAY_DONE with an empty app). Rejecting it stops HLS for that stream.
     */
    public boolean fromLocalRelay() {
        return LOCAL_RELAY_FLASHVER.equals(args.get("flashver"));
    }

    /** A copy under another stream name, the form fields unchanged. */
    public MediaEvent withName(String newName) {
        return new MediaEvent(kind, app, newName, clientId, addr, args);
    }
}
