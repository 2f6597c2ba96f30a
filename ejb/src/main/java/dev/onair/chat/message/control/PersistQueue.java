package dev.onair.chat.message.control;

import dev.onair.chat.message.boundary.MessageRefused;
import dev.onair.chat.message.boundary.RoomMessage;
import dev.onair.chat.message.boundary.RoomMessageJson;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.TextMessage;
import java.util.logging.Logger;

/**
 * Hands accepted messages to the Artemis queue {@code onair.chat.persist},
 * from which the archive MDB stores them. This send is the durability point:
 * it is persistent and, outside a transaction, returns only once the broker
 * has the message in its journal, so a message whose sender got an id
 * survives a node (or broker) restart. The body is the message's JSON; the
 * client id, when there is one, travels as the string property {@value #CLIENT_ID}.
 */
@ApplicationScoped
public class PersistQueue {

    public static final String QUEUE = "onair.chat.persist";
    public static final String CLIENT_ID = "clientId";
    private static final Logger LOG = Logger.getLogger(PersistQueue.class.getName());

    @Resource(lookup = "jms/onair/ConnectionFactory")
    ConnectionFactory connectionFactory;

    public void send(RoomMessage message, String clientId) {
        try (JMSContext context = connectionFactory.createContext()) {
            TextMessage out = context.createTextMessage(RoomMessageJson.encode(message));
            if (clientId != null) {
                out.setStringProperty(CLIENT_ID, clientId);
            }
            context.createProducer().setDeliveryMode(DeliveryMode.PERSISTENT).send(context.createQueue(QUEUE), out);
        } catch (JMSException | JMSRuntimeException e) {
            LOG.warning(() -> "chat message not queued id=" + message.id() + " room=" + message.room() + ": " + e);
            throw new MessageRefused(MessageRefused.UNAVAILABLE, "message could not be stored now, retry");
        }
    }
}
