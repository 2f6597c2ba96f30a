package dev.onair.chat.message.control;

import dev.onair.chat.message.boundary.Accepted;
import dev.onair.platform.redis.Redis;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import redis.clients.jedis.params.SetParams;

/**
 * The client ids a user's messages were accepted under, each with the answer
 * it got ({@code onair:chat:client:<user>:<client id>} = {@code <id>:<ts>}),
 * remembered for {@code onair.chat.client-id-window}. A retry with a known
 * client id gets the first answer again and sends nothing. Without Redis the
 * check is skipped (logged); the archive's unique key on (sender, client id)
 * still stores such a message once. Room messages share one scope per user;
 * other destinations name their own scope (a conversation id), kept apart as
 * {@code onair:chat:client:<user>@<scope>:<client id>}, so the same client id
 * in two conversations names two messages.
 */
@ApplicationScoped
public class ClientIds {

    private static final Logger LOG = Logger.getLogger(ClientIds.class.getName());
    static final String PREFIX = "onair:chat:client:";
    /** The scope of room messages: the key layout they always had. */
    public static final String ROOMS = null;

    @Inject
    Redis redis;

    @Inject
    ChatSettings settings;

    /** The answer an earlier message with this client id got. */
    public Optional<Accepted> known(long userId, String scope, String clientId) {
        try {
            return parse(redis.client().get(key(userId, scope, clientId)));
        } catch (RuntimeException e) {
            LOG.warning(() -> "chat client id not checked for user=" + userId + ": " + e);
            return Optional.empty();
        }
    }

    /**
     * Records the answer for a client id unless one is there already.
     *
     * @return the answer already recorded (another send won), or empty when this one was recorded
     */
    public Optional<Accepted> claim(long userId, String scope, String clientId, Accepted answer) {
        String key = key(userId, scope, clientId);
        try {
            String set = redis.client().set(key, answer.id() + ":" + answer.ts(),
                    SetParams.setParams().nx().px(settings.clientIdWindow().toMillis()));
            return set != null ? Optional.empty() : parse(redis.client().get(key));
        } catch (RuntimeException e) {
            LOG.warning(() -> "chat client id not recorded for user=" + userId + ": " + e);
            return Optional.empty();
        }
    }

    /** Forgets a claim whose message could not be sent, so the client's retry is not mistaken for a duplicate. */
    public void release(long userId, String scope, String clientId) {
        try {
            redis.client().del(key(userId, scope, clientId));
        } catch (RuntimeException e) {
            LOG.warning(() -> "chat client id not released for user=" + userId + ": " + e);
        }
    }

    static String key(long userId, String scope, String clientId) {
        return scope == null ? PREFIX + userId + ":" + clientId : PREFIX + userId + "@" + scope + ":" + clientId;
    }

    private static Optional<Accepted> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        int colon = value.indexOf(':');
        return Optional.of(new Accepted(Long.parseLong(value.substring(0, colon)),
                Long.parseLong(value.substring(colon + 1)), true));
    }
}
