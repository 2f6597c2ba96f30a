package dev.onair.chat.conversation.boundary;

import java.util.List;

/**
 * A batch of a user's undelivered messages: conversation after conversation
 * (in the order of their ids), each conversation's in the order they were
 * stored (seq).
 *
 * @param complete nothing more after these (a full batch says false: ask again after {@code next})
 * @param next     where the following batch starts: after this batch's last message
 */
public record Backlog(List<ConversationMessage> messages, boolean complete, Position next) {

    /**
     * A place in a user's backlog: the message of this seq in this conversation.
     * {@link #START} is before everything.
     */
    public record Position(String conversation, long seq) {
        public static final Position START = new Position("", 0);
    }

    /** An undelivered message with its place. */
    public record Entry(ConversationMessage message, long seq) {

        Position position() {
            return new Position(message.conversation(), seq);
        }
    }

    /**
     * The batch of at most {@code size} entries out of {@code found}, read
     * after {@code after} with a limit of {@code size + 1}: more than
     * {@code size} found means the batch is full and more follow.
     */
    public static Backlog of(List<Entry> found, int size, Position after) {
        boolean complete = found.size() <= size;
        List<Entry> batch = complete ? found : found.subList(0, size);
        Position next = batch.isEmpty() ? after : batch.get(batch.size() - 1).position();
        return new Backlog(batch.stream().map(Entry::message).toList(), complete, next);
    }
}
