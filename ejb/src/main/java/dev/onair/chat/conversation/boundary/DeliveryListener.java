package dev.onair.chat.conversation.boundary;

import dev.onair.chat.boundary.Push;
import dev.onair.chat.boundary.PushBus;
import dev.onair.chat.conversation.control.ConversationArchive;
import dev.onair.chat.conversation.control.ConversationArchive.Stored;
import dev.onair.chat.conversation.control.DeliveryQueue;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import java.util.logging.Logger;

/**
 * Delivers the messages of the queue {@code onair.chat.deliver}: stores each
 * (its own committed transaction, so a delivered message is a stored one) and
 * then publishes it on the push topic to its recipients, which every node
 * hands to its sockets of those users. Message grouping (JMSXGroupID =
 * conversation) gives one conversation to one consumer at a time, so its
 * messages are stored and pushed in queue order. A message that is not in the
 * format is logged and dropped.
 *
 * <p>No container transaction ({@code NOT_SUPPORTED}): the adapter then
 * acknowledges the queue message after {@code onMessage} returns, and a
 * failure (the store or the publish throws) rolls the session back, so the
 * message comes again. That is what an XA transaction over the queue message,
 * the store and the publish gave, without its cost: with two resources every
 * message paid a two-phase commit (Payara's transaction log, Artemis prepare
 * and commit records, each synced to disk), which bounded delivery at about
 * 150 messages a second. What is lost is only atomicity between the push and
 * the acknowledgement: a node that dies after the publish and before the
 * acknowledgement reaches the broker has the message redelivered, stored
 * already ({@link Stored#AGAIN}), and pushed again; clients drop a repeated id,
 * as they did for a redelivery before.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = "artemis-ra"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "destination", propertyValue = DeliveryQueue.QUEUE),
        @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false")
})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DeliveryListener implements MessageListener {

    private static final Logger LOG = Logger.getLogger(DeliveryListener.class.getName());

    @Inject
    ConversationArchive archive;

    @Inject
    PushBus pushBus;

    @Override
    public void onMessage(Message message) {
        DeliveryQueue.Delivery delivery;
        try {
            delivery = DeliveryQueue.read(message);
        } catch (JMSException | RuntimeException e) {
            LOG.warning(() -> "chat delivery message dropped, not in the format: " + e);
            return;
        }
        ConversationMessage m = delivery.message();
        Stored stored = archive.store(m, delivery.clientId());
        if (stored == Stored.DUPLICATE) {
            LOG.info(() -> "chat message dropped as a duplicate id=" + m.id() + " client_id=" + delivery.clientId());
            return;
        }
        pushBus.publish(new Push(new Push.Mids(delivery.recipients()), ConversationMessageJson.opOf(m),
                ConversationMessageJson.bytes(m)));
        LOG.fine(() -> "chat message " + stored + " and pushed id=" + m.id() + " conversation=" + m.conversation());
    }
}
