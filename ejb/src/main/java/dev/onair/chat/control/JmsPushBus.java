package dev.onair.chat.control;

import dev.onair.chat.boundary.Push;
import dev.onair.chat.boundary.PushBus;
import dev.onair.chat.boundary.PushUnavailable;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.BytesMessage;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Topic;
import java.util.logging.Logger;

/**
 * Publishes pushes to the Artemis push topic ({@code jms/onair/PushTopic},
 * address {@code onair.push}); every websocket node has a non-durable
 * subscription and delivers to its own sockets.
 *
 * <p>Messages are non-persistent: a push is only worth something to sockets
 * connected now, and the non-durable subscriptions drop it anyway for a node
 * that is down, so writing it to the broker's journal would buy nothing but
 * latency. Artemis sends non-persistent messages without waiting for the
 * broker, so publishing costs the caller almost nothing. The connection comes
 * from the RA pool; outside a JTA transaction the send is immediate, inside one
 * it is enlisted and happens on commit.
 */
@ApplicationScoped
public class JmsPushBus implements PushBus {

    private static final Logger LOG = Logger.getLogger(JmsPushBus.class.getName());

    @Resource(lookup = "jms/onair/ConnectionFactory")
    ConnectionFactory connectionFactory;

    @Resource(lookup = "jms/onair/PushTopic")
    Topic pushTopic;

    @Override
    public void publish(Push push) {
        try (JMSContext context = connectionFactory.createContext()) {
            BytesMessage message = context.createBytesMessage();
            PushTopicFormat.write(push, message);
            context.createProducer().setDeliveryMode(DeliveryMode.NON_PERSISTENT).send(pushTopic, message);
        } catch (JMSException | JMSRuntimeException e) {
            LOG.warning(() -> "push not published target=" + push.target().getClass().getSimpleName()
                    + " op=" + push.operation() + ": " + e);
            throw new PushUnavailable("the push topic is not reachable", e);
        }
    }
}
