package dev.onair.platform.redis;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.JedisPooled;
import redis.clients.jedis.UnifiedJedis;

/**
 * The one pooled Redis client of this node. Business code does not use it
 * directly: it goes through ports such as presence or counters.
 */
@ApplicationScoped
public class Redis {

    @Inject
    @ConfigProperty(name = "onair.redis.host", defaultValue = "127.0.0.1")
    String host;

    @Inject
    @ConfigProperty(name = "onair.redis.port", defaultValue = "6379")
    int port;

    @Inject
    @ConfigProperty(name = "onair.redis.db", defaultValue = "0")
    int database;

    @Inject
    @ConfigProperty(name = "onair.redis.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "onair.redis.timeout-millis", defaultValue = "2000")
    int timeoutMillis;

    private JedisPooled client;

    @PostConstruct
    void open() {
        DefaultJedisClientConfig.Builder config = DefaultJedisClientConfig.builder()
                .database(database)
                .connectionTimeoutMillis(timeoutMillis)
                .socketTimeoutMillis(timeoutMillis)
                .clientName("onair");
        password.filter(p -> !p.isBlank()).ifPresent(config::password);
        client = new JedisPooled(new HostAndPort(host, port), config.build());
    }

    public UnifiedJedis client() {
        return client;
    }

    @PreDestroy
    void close() {
        client.close();
    }
}
