package dev.onair.platform.health;

import dev.onair.platform.redis.Redis;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Redis is up when it answers PING through the node's pooled client. */
@ApplicationScoped
public class RedisCheck implements DependencyCheck {

    @Inject
    Redis redis;

    @Override
    public String name() {
        return "redis";
    }

    @Override
    public DependencyHealth check() {
        return DependencyHealth.probe(name(), () -> redis.client().ping());
    }
}
