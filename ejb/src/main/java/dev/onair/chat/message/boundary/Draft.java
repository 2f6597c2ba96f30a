package dev.onair.chat.message.boundary;

/**
 * A message as its sender wrote it, before any check.
 *
 * @param type     the kind ({@code text}, {@code link})
 * @param content  the text, or the URL of a link
 * @param clientId the sender's own id for the message, for safe retries; {@code null} when none
 */
public record Draft(String type, String content, String clientId) {

    public static final String TEXT = "text";

    public static Draft text(String content) {
        return new Draft(TEXT, content, null);
    }
}
