package dev.onair.chat.message.boundary;

import dev.onair.chat.message.control.MessageArchive;
import dev.onair.chat.message.control.PersistQueue;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;
import java.util.logging.Logger;

/**
 * Stores the messages of the persist queue ({@code onair.chat.persist}) in
 * the archive. The queue hands each message to one node; the insert and the
 * acknowledgement share one container transaction, so a failed insert is
 * redelivered, and a redelivered message that was stored already changes
 * nothing (the archive ignores a known id). A message that is not in the
 * format is logged and dropped, since redelivering it would never help.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = "artemis-ra"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "destination", propertyValue = PersistQueue.QUEUE),
        @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false")
})
public class ArchiveListener implements MessageListener {

    private static final Logger LOG = Logger.getLogger(ArchiveListener.class.getName());

    @Inject
    MessageArchive archive;

    @Override
    public void onMessage(Message message) {
        RoomMessage parsed;
        String clientId;
        try {
            parsed = RoomMessageJson.decode(((TextMessage) message).getText());
            clientId = message.getStringProperty(PersistQueue.CLIENT_ID);
        } catch (JMSException | RuntimeException e) {
            LOG.warning(() -> "chat persist message dropped, not in the format: " + e);
            return;
        }
        boolean added = archive.store(parsed, clientId);
        LOG.fine(() -> "chat message " + (added ? "stored" : "already stored") + " id=" + parsed.id());
    }
}
