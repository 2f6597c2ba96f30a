package dev.onair.chat.conversation.boundary;

import dev.onair.chat.boundary.Push;
import dev.onair.chat.boundary.PushBus;
import dev.onair.chat.conversation.control.ConversationArchive;
import dev.onair.chat.conversation.control.ConversationArchive.Stored;
import dev.onair.chat.conversation.control.DeliveryQueue;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import java.util.logging.Logger;

/**
 * Delivers the messages of the queue {@code onair.chat.deliver}: stores each
 * (its own transaction, committed first, so a delivered message is a stored
 * one) and then publishes it on the push topic to its recipients, which every
 * node hands to its sockets of those users. The publish is enlisted in the
 * MDB's transaction with the queue message, so a failed publish rolls the
 * queue message back and it comes again: stored already, it is pushed again
 * (clients drop a repeated id). Message grouping (JMSXGroupID = conversation)
 * gives one conversation to one consumer at a time, so its messages are stored
 * and pushed in queue order. A message that is not in the format is logged and dropped.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = "artemis-ra"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "destination", propertyValue = DeliveryQueue.QUEUE),
        @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false")
})
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
