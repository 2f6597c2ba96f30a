package dev.onair.web.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.onair.web.chat.ByteRanges.Part;
import dev.onair.web.chat.ByteRanges.Unsatisfiable;
import dev.onair.web.chat.ByteRanges.Whole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ByteRangesTest {

    private static final long SIZE = 1000;

    @Test
    void aClosedRangeIsThatPart() {
        Part part = (Part) ByteRanges.of("bytes=0-99", SIZE);
        assertEquals(new Part(0, 99, SIZE), part);
        assertEquals(100, part.length());
        assertEquals("bytes 0-99/1000", part.contentRange());
        assertEquals(new Part(999, 999, SIZE), ByteRanges.of("bytes=999-999", SIZE));
    }

    @Test
    void anOpenRangeRunsToTheEnd() {
        assertEquals(new Part(500, 999, SIZE), ByteRanges.of("bytes=500-", SIZE));
        assertEquals(new Part(0, 999, SIZE), ByteRanges.of("bytes=0-", SIZE), "what a browser's player sends first");
    }

    @Test
    void aSuffixIsTheLastBytes() {
        assertEquals(new Part(900, 999, SIZE), ByteRanges.of("bytes=-100", SIZE));
        assertEquals(new Part(0, 999, SIZE), ByteRanges.of("bytes=-5000", SIZE), "longer than the file: all of it");
    }

    @Test
    void anEndPastTheFileIsCutAtItsLastByte() {
        assertEquals(new Part(900, 999, SIZE), ByteRanges.of("bytes=900-5000", SIZE));
        assertEquals(new Part(0, 999, SIZE), ByteRanges.of("bytes=0-999999999999999999", SIZE));
    }

    @Test
    void unitAndSpacesAreLenient() {
        assertEquals(new Part(1, 2, SIZE), ByteRanges.of("Bytes = 1-2 ", SIZE));
    }

    @Test
    void aStartPastTheEndOrAnEmptySuffixIsUnsatisfiable() {
        assertEquals(new Unsatisfiable(SIZE), ByteRanges.of("bytes=1000-", SIZE));
        assertEquals(new Unsatisfiable(SIZE), ByteRanges.of("bytes=1000-1001", SIZE));
        assertEquals(new Unsatisfiable(SIZE), ByteRanges.of("bytes=-0", SIZE));
        assertEquals("bytes */1000", new Unsatisfiable(SIZE).contentRange());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "bytes", "bytes=", "bytes=-", "bytes=5-2", "bytes=a-b", "items=0-9",
            "bytes=0-9,20-29", "bytes=0-9, 20-", "bytes=1234567890123456789-", "bytes=0--1"})
    void anythingElseIsIgnoredForTheWholeFile(String header) {
        assertEquals(new Whole(), ByteRanges.of(header, SIZE));
    }

    @Test
    void noHeaderIsTheWholeFile() {
        assertEquals(new Whole(), ByteRanges.of(null, SIZE));
    }
}
