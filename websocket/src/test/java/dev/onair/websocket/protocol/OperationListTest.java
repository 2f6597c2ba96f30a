package dev.onair.websocket.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.onair.websocket.protocol.ProtocolViolation.Kind;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OperationListTest {

    @Test
    void readsGoimsCommaSeparatedList() throws ProtocolViolation {
        assertEquals(Set.of(1000, 1001), parse("1000,1001"));
        assertEquals(Set.of(1000, 1001), parse(" 1000 , 1001 "));
        assertEquals(Set.of(1000), parse("1000"));
    }

    @Test
    void readsAJsonArray() throws ProtocolViolation {
        assertEquals(Set.of(1000, 1001), parse("[1000, 1001]"));
    }

    @Test
    void readsAnEmptyBodyAsNoOps() throws ProtocolViolation {
        assertEquals(Set.of(), parse(""));
        assertEquals(Set.of(), parse("[]"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1000,", ",1000", "a", "1000;1001", "2147483648", "[1000", "[\"1000\"]", "[1.5]"})
    void refusesAnythingElse(String body) {
        ProtocolViolation violation = assertThrows(ProtocolViolation.class, () -> parse(body));
        assertEquals(Kind.MALFORMED, violation.kind());
    }

    private static Set<Integer> parse(String body) throws ProtocolViolation {
        return OperationList.parse(body.getBytes(StandardCharsets.UTF_8));
    }
}
