package dev.onair.chat.media.boundary;

import dev.onair.chat.media.control.Classified;
import dev.onair.chat.media.control.Classifier;
import dev.onair.chat.media.control.Container;
import dev.onair.chat.media.control.Ffprobe;
import dev.onair.chat.media.control.FileNames;
import dev.onair.chat.media.control.ImageHeaders;
import dev.onair.chat.media.control.MediaSettings;
import dev.onair.chat.media.control.MediaStore;
import dev.onair.chat.media.control.Probe;
import dev.onair.chat.media.control.Sniffer;
import dev.onair.chat.media.entity.ChatMediaRow;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Chat media uploads, in two steps so a client may send the optional
 * {@code kind} before or after the file: {@link #receive} reads the bytes to
 * a temporary file within the read limit; {@link #store} judges them (kind
 * from the content, the stated kind, the kind's limits), moves the file to
 * its id and records it. {@link #find} serves it again.
 */
@Stateless
public class ChatMedia {

    private static final Logger LOG = Logger.getLogger(ChatMedia.class.getName());

    @Inject
    MediaSettings settings;

    @Inject
    MediaStore store;

    @Inject
    Ffprobe ffprobe;

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "onair")
    EntityManager em;

    /** How many bytes of a file are read before it is refused: the stated kind's limit, or the largest. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long readLimit(Optional<MediaKind> stated) {
        return settings.limits().readLimit(stated);
    }

    /**
     * Reads an upload's bytes, at most the stated kind's size limit (the
     * largest limit when no kind was stated before the file).
     *
     * @throws MediaRefused 413 past that limit, 400 for no bytes at all
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Received receive(InputStream in, Optional<MediaKind> stated) {
        Received received = store.receive(in, settings.limits().readLimit(stated));
        if (received.size() == 0) {
            received.close();
            throw MediaRefused.empty("the file is empty");
        }
        return received;
    }

    /**
     * Judges a received upload and keeps it as the owner's.
     *
     * @param stated   the kind the client says it sent, if it said
     * @param fileName the name the client gave, if any
     * @throws MediaRefused 415 when the content is not the stated kind, 413 over the limits of its kind
     */
    public StoredMedia store(long ownerId, Received received, Optional<MediaKind> stated, String fileName) {
        Classified media = Classifier.decide(classify(received.temp()), stated);
        settings.limits().check(media, received.size());
        String id = MediaIds.next();
        ChatMediaRow row = new ChatMediaRow(id, ownerId, media.kind().wire(), media.mime(), received.size(),
                received.sha256(), media.width(), media.height(), media.durationMillis(), FileNames.clean(fileName),
                clock.instant());
        em.persist(row);
        em.flush();
        store.keep(received, id);
        LOG.info(() -> "chat media id=" + id + " owner=" + ownerId + " kind=" + row.kind() + " mime=" + row.mime()
                + " size=" + row.size());
        return view(row);
    }

    /** A stored upload by id, with where its bytes are; empty for an unknown id or a file gone missing. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<MediaFile> find(String id) {
        if (!MediaIds.isValid(id)) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(ChatMediaRow.class, id)).flatMap(row -> {
            Path path = store.pathOf(id);
            if (!Files.isRegularFile(path)) {
                LOG.warning(() -> "chat media id=" + id + " has a row but no file at " + path);
                return Optional.empty();
            }
            return Optional.of(new MediaFile(view(row), path));
        });
    }

    private Classified classify(Path file) {
        byte[] head = MediaStore.head(file, Sniffer.HEAD);
        Container container = Sniffer.sniff(head);
        Optional<ImageHeaders.Size> image = container.isImage()
                ? ImageHeaders.read(container, file, head) : Optional.empty();
        Optional<Probe> probe = container.isAudioVisual() ? ffprobe.probe(file, container) : Optional.empty();
        return Classifier.classify(container, image, probe);
    }

    static StoredMedia view(ChatMediaRow row) {
        return new StoredMedia(row.id(), MediaKind.of(row.kind()).orElseThrow(), row.mime(), row.size(), row.sha256(),
                row.width(), row.height(), row.durationMillis(), row.fileName());
    }
}
