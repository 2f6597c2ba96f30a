package dev.onair.chat.media.boundary;

import dev.onair.chat.media.entity.ChatMediaRow;
import dev.onair.chat.message.boundary.Draft;
import dev.onair.chat.message.boundary.MessageRefused;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The check a message of a media kind (image, voice, video, file) must pass:
 * its content is the id of an upload that exists, belongs to the sender and
 * is of that kind. Anyone may call it for any draft; other kinds pass untouched.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class Attachments {

    @PersistenceContext(unitName = "onair")
    EntityManager em;

    /** @throws MessageRefused 400 when the draft names media that is not the sender's, or not of its kind */
    public void check(long senderId, Draft draft) {
        if (!MediaKind.isMediaKind(draft.type())) {
            return;
        }
        String id = draft.content() == null ? "" : draft.content().strip();
        ChatMediaRow row = MediaIds.isValid(id) ? em.find(ChatMediaRow.class, id) : null;
        // someone else's id is answered like an unknown one: it says nothing about whether it exists
        if (row == null || row.ownerId() != senderId) {
            throw MessageRefused.invalid("no " + draft.type() + " of yours has id " + abbreviate(id)
                    + ": upload it first (POST /api/v1/chat/media)");
        }
        if (!row.kind().equals(draft.type())) {
            throw MessageRefused.invalid("media " + id + " is " + row.kind() + ", not " + draft.type());
        }
    }

    private static String abbreviate(String id) {
        return id.length() > 40 ? id.substring(0, 40) + "…" : id;
    }
}
