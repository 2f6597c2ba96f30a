package dev.onair.media.inbound;

import dev.onair.media.api.MediaEvent;
import dev.onair.media.api.MediaEvent.Kind;
import java.util.Map;
import java.util.Optional;

/**
 * Turns one callback (request path + form fields) into a {@link MediaEvent}. The template
 * points each notify directive at its own path ({@code /rtmp/publish}, {@code /rtmp/publish_done},
 * {@code /rtmp/play}, {@code /rtmp/play_done}, {@code /rtmp/update}, {@code /rtmp/record_done});
 * {@code /rtmp/update} serves publishers and viewers and is told apart by the {@code call}
 * field, and a bare {@code /rtmp} routes by {@code call} alone. nginx's {@code on_done}
 * ({@code call=done}) is not supported: it fires for publishers and viewers alike, use
 * {@code on_publish_done} and {@code on_play_done}.
 */
public final class NotifyCallbacks {

    /** Path prefix of every callback. */
    public static final String CONTEXT = "/rtmp";

    /** nginx-rtmp's {@code call} values, which are also the path segments. */
    private static final Map<String, Kind> BY_CALL = Map.of(
            "publish", Kind.PUBLISH,
            "publish_done", Kind.PUBLISH_DONE,
            "play", Kind.PLAY,
            "play_done", Kind.PLAY_DONE,
            "update_publish", Kind.UPDATE_PUBLISH,
            "update_play", Kind.UPDATE_PLAY,
            "record_done", Kind.RECORD_DONE);

    private NotifyCallbacks() {
    }

    /** The event, or empty if the path or {@code call} names no callback this adapter knows. */
    public static Optional<MediaEvent> toEvent(String path, Map<String, String> form) {
        return kind(path, form.getOrDefault("call", ""))
                .map(kind -> new MediaEvent(kind, form.get("app"), form.get("name"),
                        form.get("clientid"), form.get("addr"), form));
    }

    private static Optional<Kind> kind(String path, String call) {
        if (path == null || !path.startsWith(CONTEXT)) {
            return Optional.empty();
        }
        String route = stripSlashes(path.substring(CONTEXT.length()));
        if (route.isEmpty()) {
            return Optional.ofNullable(BY_CALL.get(call));
        }
        if (route.equals("update")) {
            return call.startsWith("update_") ? Optional.ofNullable(BY_CALL.get(call)) : Optional.empty();
        }
        return Optional.ofNullable(BY_CALL.get(route))
                .filter(kind -> kind != Kind.UPDATE_PUBLISH && kind != Kind.UPDATE_PLAY);
    }

    private static String stripSlashes(String route) {
        int start = 0;
        int end = route.length();
        while (start < end && route.charAt(start) == '/') {
            start++;
        }
        while (end > start && route.charAt(end - 1) == '/') {
            end--;
        }
        return route.substring(start, end);
    }
}
