package dev.onair.websocket.push;

import dev.onair.chat.boundary.Push;
import dev.onair.chat.control.PushTopicFormat;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import java.util.logging.Logger;

/**
 * This node's subscription to the push topic (Artemis address
 * {@code onair.push}, through the {@code artemis-ra} adapter). The
 * subscription is non-durable, so each node gets every push and a node that
 * is down simply misses pushes for sockets it no longer holds.
 *
 * <p>One session ({@code maxSession=1}): pushes are handed on in the order the
 * broker delivers them, which the lanes behind {@link Fanout} then keep per
 * room; with several sessions a room's messages could overtake each other.
 * The listener only parses and queues, so one session is not a bottleneck; a
 * message may carry a batch of pushes (JmsPushBus), handed on in order.
 * No container transaction: there is nothing to roll back, and an XA
 * transaction per push would cost more than the push.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = "artemis-ra"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
        @ActivationConfigProperty(propertyName = "destination", propertyValue = "onair.push"),
        @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "1")
})
@TransactionManagement(TransactionManagementType.BEAN)
public class PushTopicListener implements MessageListener {

    private static final Logger LOG = Logger.getLogger(PushTopicListener.class.getName());

    @Inject
    Fanout fanout;

    @Override
    public void onMessage(Message message) {
        try {
            for (Push push : PushTopicFormat.readAll(message)) {
                fanout.deliver(push);
            }
        } catch (JMSException | IllegalArgumentException e) {
            LOG.warning(() -> "push message dropped: " + e.getMessage());
        }
    }
}
