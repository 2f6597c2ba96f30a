package dev.onair.chat.message.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class WordFilterTest {

    @Test
    void masksEveryOccurrenceInAnyCase() {
        WordFilter cut = WordFilter.of("darn, heck");

        assertEquals("*** it, *** and ***!", cut.mask("DaRn it, heck and darn!"));
    }

    @Test
    void matchesInsideWordsSinceSomeLanguagesHaveNoSpaces() {
        WordFilter cut = WordFilter.of("坏话");

        assertEquals("你说***了", cut.mask("你说坏话了"));
    }

    @Test
    void prefersTheLongestWord() {
        WordFilter cut = WordFilter.of("bad,bad word");

        assertEquals("a ***!", cut.mask("a bad word!"));
    }

    @Test
    void treatsWordsLiterallyNotAsPatterns() {
        WordFilter cut = WordFilter.of("a.b,$1");

        assertEquals("axb *** ***", cut.mask("axb a.b $1"));
    }

    @Test
    void anEmptyListMasksNothing() {
        assertEquals("anything", WordFilter.of(" , ").mask("anything"));
        assertEquals("anything", WordFilter.of(null).mask("anything"));
    }
}
