package dev.onair.chat.message.control;

import dev.onair.platform.redis.Redis;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.Response;

/**
 * The per-user message rate, counted cluster-wide in Redis: one counter per
 * user and window ({@code onair:chat:rate:<user>:<window>}) that expires with
 * its window. When Redis cannot be reached the message passes (logged): a
 * chat without flood control for a while beats a chat that is down.
 */
@ApplicationScoped
public class RateLimits {

    private static final Logger LOG = Logger.getLogger(RateLimits.class.getName());
    static final String PREFIX = "onair:chat:rate:";

    @Inject
    Redis redis;

    @Inject
    ChatSettings settings;

    /** Counts one message of the user now; whether it is within the rule. */
    public boolean tryAcquire(long userId, long epochMillis) {
        RateRule rule = settings.rateRule();
        String key = PREFIX + userId + ":" + rule.windowOf(epochMillis);
        try (AbstractPipeline pipeline = redis.client().pipelined()) {
            Response<Long> count = pipeline.incr(key);
            pipeline.pexpire(key, rule.millisLeft(epochMillis) + 1000);
            pipeline.sync();
            return rule.allows(count.get());
        } catch (RuntimeException e) {
            LOG.warning(() -> "chat rate not checked for user=" + userId + ": " + e);
            return true;
        }
    }
}
