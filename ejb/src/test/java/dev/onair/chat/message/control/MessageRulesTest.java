package dev.onair.chat.message.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.onair.chat.media.boundary.MediaIds;
import dev.onair.chat.message.boundary.Draft;
import dev.onair.chat.message.boundary.MessageRefused;
import org.junit.jupiter.api.Test;

class MessageRulesTest {

    @Test
    void acceptsTextAndLinks() {
        Draft text = new Draft("text", "hello 世界 👋", "c-1");
        Draft link = new Draft("link", "https://example.org/a?b=c", null);

        assertEquals(text, MessageRules.check(text));
        assertEquals(link, MessageRules.check(link));
    }

    @Test
    void countsCharactersNotUtf16Units() {
        String emoji = "👋".repeat(MessageRules.MAX_LENGTH);

        MessageRules.check(Draft.text(emoji));
        refused(Draft.text(emoji + "x"), "content over 500 characters");
    }

    @Test
    void refusesEmptyBlankAndControlCharacters() {
        refused(Draft.text(""), "content must not be empty");
        refused(Draft.text(" \n "), "content must not be empty");
        refused(Draft.text(null), "content must not be empty");
        refused(Draft.text("bell\u0007"), "content has control characters");
    }

    @Test
    void refusesUnknownKindsAndNonWebLinks() {
        refused(new Draft("sticker", "x", null), "type must be one of file, image, link, text, video, voice");
        refused(new Draft(null, "x", null), "type must be one of file, image, link, text, video, voice");
        refused(new Draft("link", "javascript:alert(1)", null), "a link must be an absolute http or https URL");
        refused(new Draft("link", "not a url", null), "a link must be an absolute http or https URL");
    }

    @Test
    void mediaKindsCarryAMediaId() {
        String id = MediaIds.next();
        for (String kind : new String[] {"image", "voice", "video", "file"}) {
            Draft draft = new Draft(kind, id, null);
            assertEquals(draft, MessageRules.check(draft));
        }
    }

    @Test
    void aMediaMessageWithoutAMediaIdIsRefused() {
        for (String content : new String[] {"x", "https://example.com/cat.png", MediaIds.next().toUpperCase(),
                MediaIds.next() + "0", " " + MediaIds.next()}) {
            refused(new Draft("image", content, null),
                    "the content of an image message is a media id (32 lowercase hex digits) from POST /api/v1/chat/media");
        }
    }

    @Test
    void refusesOddClientIds() {
        refused(new Draft("text", "x", ""), "client_id must be 1 to 64 printable ASCII characters");
        refused(new Draft("text", "x", "a b"), "client_id must be 1 to 64 printable ASCII characters");
        refused(new Draft("text", "x", "k".repeat(65)), "client_id must be 1 to 64 printable ASCII characters");
    }

    private static void refused(Draft draft, String reason) {
        MessageRefused refused = assertThrows(MessageRefused.class, () -> MessageRules.check(draft));
        assertEquals(400, refused.code());
        assertEquals(reason, refused.reason());
    }
}
