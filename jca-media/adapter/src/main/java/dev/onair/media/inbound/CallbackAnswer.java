package dev.onair.media.inbound;

import dev.onair.media.api.MediaDecision;
import dev.onair.media.api.MediaEvent.Kind;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The HTTP answer nginx-rtmp acts on: 2xx accepts the client, a 3xx with {@code Location}
 * accepts it under the name in {@code Location}, anything else rejects (or, for updates,
 * kicks) it.
 *
 * @param status   HTTP status
 * @param location the new stream name for a rename, else null
 * @param body     a short plain-text reason; nginx ignores it, it is for logs and people
 */
public record CallbackAnswer(int status, String location, String body) {

    public static final int OK = 200;
    public static final int RENAME = 302;
    public static final int DENIED = 403;
    public static final int CONFLICT = 409;
    public static final int LISTENER_FAILED = 500;
    public static final int NO_LISTENER = 503;

    /**
     * Folds the decisions of every endpoint that took the event. A publish fails closed: with
     * no endpoint to ask, or one that failed, nobody has checked the stream key.
     *
     * @param failures how many endpoints threw or returned no decision
     */
    public static CallbackAnswer of(Kind kind, List<MediaDecision> decisions, int failures) {
        if (kind == Kind.PUBLISH && failures > 0) {
            return new CallbackAnswer(LISTENER_FAILED, null, "media listener failed");
        }
        if (kind == Kind.PUBLISH && decisions.isEmpty()) {
            return new CallbackAnswer(NO_LISTENER, null, "no media listener active");
        }
        return combine(decisions);
    }

    /**
     * Any deny wins; else one public name renames; else allow. Two different public names
     * are a conflict between components and reject the client rather than pick one at random.
     */
    static CallbackAnswer combine(List<MediaDecision> decisions) {
        String reasons = decisions.stream()
                .filter(decision -> !decision.allowed())
                .map(decision -> decision.reason().orElse("denied"))
                .collect(Collectors.joining("; "));
        if (!reasons.isEmpty()) {
            return new CallbackAnswer(DENIED, null, reasons);
        }
        List<String> names = decisions.stream()
                .map(MediaDecision::publicName)
                .flatMap(Optional::stream)
                .distinct()
                .toList();
        if (names.size() > 1) {
            return new CallbackAnswer(CONFLICT, null, "media listeners chose different public names");
        }
        if (names.size() == 1) {
            return new CallbackAnswer(RENAME, names.get(0), "");
        }
        return new CallbackAnswer(OK, null, "");
    }

    /** The public name of a rename answer. */
    public Optional<String> rename() {
        return Optional.ofNullable(location);
    }
}
