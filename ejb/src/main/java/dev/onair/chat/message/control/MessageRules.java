package dev.onair.chat.message.control;

import dev.onair.chat.media.boundary.MediaIds;
import dev.onair.chat.media.boundary.MediaKind;
import dev.onair.chat.message.boundary.Draft;
import dev.onair.chat.message.boundary.MessageRefused;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a message must be before it is stamped: a known kind, 1 to
 * {@link #MAX_LENGTH} characters (Unicode code points, so an emoji counts
 * once) that are not all blank and carry no control characters other than
 * line breaks and tabs, a link an absolute http(s) URL, the content of an
 * image, voice, video or file message a media id, and a client id, when
 * given, 1 to 64 printable ASCII characters.
 */
public final class MessageRules {

    public static final int MAX_LENGTH = 500;
    /** text, link, and the media kinds, whose content is the id of an upload ({@code Attachments} checks it). */
    public static final Set<String> KINDS = Set.of(Draft.TEXT, "link", MediaKind.IMAGE.wire(), MediaKind.VOICE.wire(),
            MediaKind.VIDEO.wire(), MediaKind.FILE.wire());
    private static final Pattern CLIENT_ID = Pattern.compile("[\\x21-\\x7E]{1,64}");

    private MessageRules() {
    }

    /** The draft, unchanged, if it passes; otherwise a 400 refusal saying what is wrong. */
    public static Draft check(Draft draft) {
        if (draft.type() == null || !KINDS.contains(draft.type())) {
            throw MessageRefused.invalid("type must be one of " + String.join(", ", KINDS.stream().sorted().toList()));
        }
        String content = draft.content();
        if (content == null || content.isBlank()) {
            throw MessageRefused.invalid("content must not be empty");
        }
        if (content.codePointCount(0, content.length()) > MAX_LENGTH) {
            throw MessageRefused.invalid("content over " + MAX_LENGTH + " characters");
        }
        if (content.codePoints().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t' && c != '\r')) {
            throw MessageRefused.invalid("content has control characters");
        }
        if ("link".equals(draft.type()) && !isWebUrl(content)) {
            throw MessageRefused.invalid("a link must be an absolute http or https URL");
        }
        if (MediaKind.isMediaKind(draft.type()) && !MediaIds.isValid(content)) {
            String article = "image".equals(draft.type()) ? "an " : "a ";
            throw MessageRefused.invalid("the content of " + article + draft.type()
                    + " message is a media id (32 lowercase hex digits) from POST /api/v1/chat/media");
        }
        if (draft.clientId() != null && !CLIENT_ID.matcher(draft.clientId()).matches()) {
            throw MessageRefused.invalid("client_id must be 1 to 64 printable ASCII characters");
        }
        return draft;
    }

    private static boolean isWebUrl(String content) {
        try {
            URI uri = new URI(content.strip());
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
