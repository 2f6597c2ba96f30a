package dev.onair.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ResultTableTest {

    @Test
    void rowsAndRatiosAgainstTheSameMergeSetting() {
        String table = ResultTable.render(List.of(
                "noise",
                "RESULT label=netty-merge0 held=19000 deliveries_s=90000 p99_ms=10.0",
                "RESULT label=payara-merge0 held=19000 deliveries_s=45000 p99_ms=25.0",
                "RESULT label=payara-merge50 held=19000 deliveries_s=1000 p99_ms=80.0"));
        assertTrue(table.contains("| netty-merge0 | 19000 | - |"), table);
        assertTrue(table.contains("payara-merge0 / netty-merge0: deliveries/s 0.50x, p99 2.50x, CPU per delivery -"), table);
        assertTrue(!table.contains("payara-merge50 /"), "no baseline, no ratio: " + table);
        assertEquals(2 + 3 + 1, table.lines().count()); // header, rule, three runs, one ratio
    }

    @Test
    void ratioOfNothingIsADash() {
        assertEquals("-", ResultTable.ratio("1", "0"));
        assertEquals("-", ResultTable.ratio(null, "2"));
        assertEquals("-", ResultTable.ratio("x", "2"));
    }
}
