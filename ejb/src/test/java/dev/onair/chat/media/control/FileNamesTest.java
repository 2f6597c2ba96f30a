package dev.onair.chat.media.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class FileNamesTest {

    @Test
    void keepsTheLastSegmentWithoutControlsOrQuotes() {
        assertEquals("report.pdf", FileNames.clean("C:\\Users\\me\\report.pdf"));
        assertEquals("passwd", FileNames.clean("../../etc/passwd"));
        assertEquals("ab.txt", FileNames.clean("a\"b\r\n.txt"));
        assertEquals("语音.ogg", FileNames.clean("语音.ogg"));
        assertEquals("evil.exe", FileNames.clean("evil\u202e.exe"), "no bidi overrides");
    }

    @Test
    void nothingLeftIsNoName() {
        assertNull(FileNames.clean(null));
        assertNull(FileNames.clean("  "));
        assertNull(FileNames.clean("dir/"));
        assertNull(FileNames.clean(".."));
    }

    @Test
    void cutsLongNames() {
        String cut = FileNames.clean("😀".repeat(300));
        assertEquals(FileNames.MAX, cut.codePointCount(0, cut.length()), "counted in code points, none split");
    }
}
