package dev.onair.platform.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * The Artemis broker is up when it accepts a message. Taking a context from the pool alone
 * proves nothing (the pooled connection may be reconnecting), so a small non-persistent
 * message is sent to {@value #ADDRESS}, which nobody needs to consume.
 */
@ApplicationScoped
public class BrokerCheck implements DependencyCheck {

    static final String ADDRESS = "onair.health";
    private static final long TIME_TO_LIVE_MILLIS = 10_000;

    @Resource(lookup = "jms/onair/ConnectionFactory")
    ConnectionFactory connectionFactory;

    @Override
    public String name() {
        return "broker";
    }

    /**
     * Never inside a caller's JTA transaction: there the send would only be enlisted and reach
     * the broker at commit, proving nothing now.
     */
    @Override
    @Transactional(TxType.NOT_SUPPORTED)
    public DependencyHealth check() {
        return DependencyHealth.probe(name(), () -> {
            try (JMSContext context = connectionFactory.createContext()) {
                context.createProducer()
                        .setDeliveryMode(DeliveryMode.NON_PERSISTENT)
                        .setTimeToLive(TIME_TO_LIVE_MILLIS)
                        .send(context.createTopic(ADDRESS), "ping");
                return "accepted a message to " + ADDRESS;
            }
        });
    }
}
