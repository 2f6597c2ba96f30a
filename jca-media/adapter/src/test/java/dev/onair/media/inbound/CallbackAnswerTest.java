package dev.onair.media.inbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.onair.media.api.MediaDecision;
import dev.onair.media.api.MediaEvent.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

class CallbackAnswerTest {

    @Test
    void allAllowIs200() {
        CallbackAnswer cut = CallbackAnswer.of(Kind.PLAY, List.of(MediaDecision.allow(), MediaDecision.allow()), 0);
        assertEquals(200, cut.status());
        assertNull(cut.location());
    }

    @Test
    void anAllowAsRenamesWith302() {
        CallbackAnswer cut = CallbackAnswer.of(Kind.PUBLISH,
                List.of(MediaDecision.allow(), MediaDecision.allowAs("u42"), MediaDecision.allowAs("u42")), 0);
        assertEquals(302, cut.status());
        assertEquals("u42", cut.location());
    }

    @Test
    void anyDenyWinsAndSaysWhy() {
        CallbackAnswer cut = CallbackAnswer.of(Kind.PUBLISH,
                List.of(MediaDecision.allowAs("u42"), MediaDecision.deny("banned"), MediaDecision.deny("over quota")), 0);
        assertEquals(403, cut.status());
        assertNull(cut.location());
        assertEquals("banned; over quota", cut.body());
    }

    @Test
    void twoDifferentPublicNamesRejectRatherThanGuess() {
        CallbackAnswer cut = CallbackAnswer.of(Kind.PUBLISH,
                List.of(MediaDecision.allowAs("u42"), MediaDecision.allowAs("u43")), 0);
        assertEquals(409, cut.status());
    }

    @Test
    void aPublishNobodyCheckedFailsClosed() {
        assertEquals(503, CallbackAnswer.of(Kind.PUBLISH, List.of(), 0).status());
        assertEquals(500, CallbackAnswer.of(Kind.PUBLISH, List.of(MediaDecision.allowAs("u42")), 1).status());
    }

    @Test
    void otherEventsNobodyAnsweredAreAccepted() {
        assertEquals(200, CallbackAnswer.of(Kind.PLAY, List.of(), 0).status());
        assertEquals(200, CallbackAnswer.of(Kind.PUBLISH_DONE, List.of(), 2).status());
    }

    @Test
    void aFailingListenerDoesNotCancelAnotherOnesDeny() {
        assertEquals(403, CallbackAnswer.of(Kind.PLAY, List.of(MediaDecision.deny("banned viewer")), 1).status());
    }
}
