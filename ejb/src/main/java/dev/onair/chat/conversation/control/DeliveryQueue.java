package dev.onair.chat.conversation.control;

import dev.onair.chat.conversation.boundary.ConversationMessage;
import dev.onair.chat.conversation.boundary.ConversationMessageJson;
import dev.onair.chat.message.boundary.MessageRefused;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The Artemis queue {@value #QUEUE} that carries accepted private and group
 * messages to the delivery MDB. The send is the durability point (persistent,
 * outside a transaction: it returns once the broker has it on disk), so the
 * sender's op 5 comes after it. {@code JMSXGroupID} = the conversation id:
 * Artemis hands all messages of one group to one consumer at a time, in order,
 * so a conversation is stored and pushed in the order it was queued, on any
 * number of nodes. Properties: {@value #RECIPIENTS} (comma-joined user ids,
 * fixed at send time), {@value #CLIENT_ID} when the sender gave one; the body
 * is the message's JSON.
 */
@ApplicationScoped
public class DeliveryQueue {

    public static final String QUEUE = "onair.chat.deliver";
    public static final String RECIPIENTS = "recipients";
    public static final String CLIENT_ID = "clientId";
    public static final String GROUP_ID = "JMSXGroupID";
    private static final Logger LOG = Logger.getLogger(DeliveryQueue.class.getName());

    /** One queued message with what the MDB needs besides it. */
    public record Delivery(ConversationMessage message, List<Long> recipients, String clientId) {
    }

    @Resource(lookup = "jms/onair/ConnectionFactory")
    ConnectionFactory connectionFactory;

    public void send(Delivery delivery) {
        ConversationMessage message = delivery.message();
        try (JMSContext context = connectionFactory.createContext()) {
            TextMessage out = context.createTextMessage(ConversationMessageJson.encode(message));
            out.setStringProperty(GROUP_ID, message.conversation());
            out.setStringProperty(RECIPIENTS, delivery.recipients().stream().map(String::valueOf)
                    .collect(Collectors.joining(",")));
            if (delivery.clientId() != null) {
                out.setStringProperty(CLIENT_ID, delivery.clientId());
            }
            context.createProducer().setDeliveryMode(DeliveryMode.PERSISTENT).send(context.createQueue(QUEUE), out);
        } catch (JMSException | JMSRuntimeException e) {
            LOG.warning(() -> "chat message not queued id=" + message.id() + " conversation="
                    + message.conversation() + ": " + e);
            throw new MessageRefused(MessageRefused.UNAVAILABLE, "message could not be stored now, retry");
        }
    }

    /** @throws RuntimeException (JMS, JSON, number format) when the message is not in the format */
    public static Delivery read(Message message) throws JMSException {
        ConversationMessage parsed = ConversationMessageJson.decode(((TextMessage) message).getText());
        List<Long> recipients = Arrays.stream(message.getStringProperty(RECIPIENTS).split(","))
                .map(Long::parseLong).toList();
        return new Delivery(parsed, recipients, message.getStringProperty(CLIENT_ID));
    }
}
