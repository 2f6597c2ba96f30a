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
 *
 * <p>A claim is <em>pending</em> ({@code <id>:<ts>:p}) from the moment its id is
 * chosen until the message is handed over durably, then confirmed. A node
 * that dies in between leaves a pending claim whose message may never have
 * been queued; a retry that finds one must hand the message over again under
 * the claimed id (stores keep an id once), or the client would hold an id
 * for a message that exists nowhere.
 */
@ApplicationScoped
public class ClientIds {

    private static final Logger LOG = Logger.getLogger(ClientIds.class.getName());
    static final String PREFIX = "onair:chat:client:";
    /** The scope of room messages: the key layout they always had. */
    public static final String ROOMS = null;
    private static final String PENDING = ":p";

    @Inject
    Redis redis;

    @Inject
    ChatSettings settings;

    /** What a client id was claimed with: the answer, and whether its message may not be handed over yet. */
    public record Claim(Accepted answer, boolean pending) {
    }

    /** The claim an earlier message with this client id made. */
    public Optional<Claim> known(long userId, String scope, String clientId) {
        try {
            return parse(redis.client().get(key(userId, scope, clientId)));
        } catch (RuntimeException e) {
            LOG.warning(() -> "chat client id not checked for user=" + userId + ": " + e);
            return Optional.empty();
        }
    }

    /**
     * Records a pending claim for a client id unless one is there already.
     *
     * @return the claim already recorded (another send won), or empty when this one was recorded
     */
    public Optional<Claim> claim(long userId, String scope, String clientId, Accepted answer) {
        String key = key(userId, scope, clientId);
        try {
            String set = redis.client().set(key, value(answer) + PENDING,
                    SetParams.setParams().nx().px(settings.clientIdWindow().toMillis()));
            return set != null ? Optional.empty() : parse(redis.client().get(key));
        } catch (RuntimeException e) {
            LOG.warning(() -> "chat client id not recorded for user=" + userId + ": " + e);
            return Optional.empty();
        }
    }

    /** The claim's message is handed over: a retry now only gets the answer again. */
    public void confirm(long userId, String scope, String clientId, Accepted answer) {
        try {
            redis.client().set(key(userId, scope, clientId), value(answer), SetParams.setParams().xx().keepTtl());
        } catch (RuntimeException e) {
            // A claim left pending only makes a retry hand the message over again, which stores nothing new.
            LOG.warning(() -> "chat client id not confirmed for user=" + userId + ": " + e);
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

    private static String value(Accepted answer) {
        return answer.id() + ":" + answer.ts();
    }

    static Optional<Claim> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        boolean pending = value.endsWith(PENDING);
        String answer = pending ? value.substring(0, value.length() - PENDING.length()) : value;
        int colon = answer.indexOf(':');
        return Optional.of(new Claim(new Accepted(Long.parseLong(answer.substring(0, colon)),
                Long.parseLong(answer.substring(colon + 1)), true), pending));
    }
}
