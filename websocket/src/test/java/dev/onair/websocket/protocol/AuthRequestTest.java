package dev.onair.websocket.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.onair.websocket.protocol.ProtocolViolation.Kind;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AuthRequestTest {

    @Test
    void readsEveryMember() throws ProtocolViolation {
        AuthRequest cut = parse("{\"mid\":123,\"key\":\"k-1\",\"room_id\":\"live://1000\",\"platform\":\"web\","
                + "\"accepts\":[1000,1001,1002],\"token\":\"abc\",\"heartbeat\":30}");
        assertEquals(new AuthRequest(123, "k-1", "live://1000", "web", Set.of(1000, 1001, 1002), "abc", 30), cut);
    }

    @Test
    void readsGoimsBrowserClientBodyWithoutToken() throws ProtocolViolation {
        AuthRequest cut = parse(
                "{\"mid\":123, \"room_id\":\"live://1000\", \"platform\":\"web\", \"accepts\":[1000,1001,1002]}");
        assertEquals("", cut.token());
        assertEquals("", cut.key());
        assertEquals(123, cut.mid());
    }

    @Test
    void defaultsEverythingAbsent() throws ProtocolViolation {
        assertEquals(new AuthRequest(0, "", "", "", Set.of(), "", 0), parse("{}"));
        assertEquals(new AuthRequest(0, "", "", "", Set.of(), "", 0),
                parse("{\"mid\":null,\"key\":null,\"accepts\":null,\"heartbeat\":null}"));
    }

    @Test
    void ignoresUnknownMembers() throws ProtocolViolation {
        assertEquals("t", parse("{\"token\":\"t\",\"future\":{\"x\":1}}").token());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "", "not json", "[1]", "{\"mid\":-1}", "{\"mid\":\"123\"}", "{\"mid\":1.5}",
            "{\"mid\":99999999999999999999}", "{\"key\":\"a,b\"}", "{\"key\":7}", "{\"room_id\":\"1000\"}",
            "{\"room_id\":\"live:// x\"}", "{\"accepts\":1000}", "{\"accepts\":[\"1000\"]}",
            "{\"accepts\":[2147483648]}", "{\"token\":1}", "{\"heartbeat\":1}", "{\"heartbeat\":0}",
            "{\"heartbeat\":-30}", "{\"heartbeat\":2.5}", "{\"heartbeat\":\"30\"}", "{\"heartbeat\":2147483648}",
            "{\"platform\":\"0123456789012345678901234567890123\"}"})
    void refusesMalformedBodies(String body) {
        ProtocolViolation violation = assertThrows(ProtocolViolation.class, () -> parse(body));
        assertEquals(Kind.MALFORMED, violation.kind());
    }

    @Test
    void refusesBodiesThatAreNotUtf8() {
        byte[] body = {'{', '"', 't', 'o', 'k', 'e', 'n', '"', ':', '"', (byte) 0xc3, '"', '}'};
        ProtocolViolation violation = assertThrows(ProtocolViolation.class, () -> AuthRequest.parse(body));
        assertEquals(Kind.MALFORMED, violation.kind());
    }

    private static AuthRequest parse(String body) throws ProtocolViolation {
        return AuthRequest.parse(body.getBytes(StandardCharsets.UTF_8));
    }
}
