package dev.onair.websocket.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.websocket.Session;
import java.lang.reflect.Proxy;
import java.net.InetSocketAddress;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The container-property path and the fallback; the Tyrus path is exercised on Payara by OnlineApiIT. */
class ClientAddressTest {

    @Test
    void readsTheAddressContainersPutIntoUserProperties() {
        Map<String, Object> properties = new HashMap<>();
        properties.put("jakarta.websocket.endpoint.remoteAddress", new InetSocketAddress("10.1.2.3", 40000));

        assertEquals("10.1.2.3", ClientAddress.of(session(properties)));
    }

    @Test
    void isEmptyWhenNothingTellsItAndRemembersThat() {
        Map<String, Object> properties = new HashMap<>();
        Session session = session(properties);

        assertEquals("", ClientAddress.of(session));
        properties.put("javax.websocket.endpoint.remoteAddress", new InetSocketAddress("10.9.9.9", 1));
        assertEquals("", ClientAddress.of(session), "resolved once per socket");
    }

    private static Session session(Map<String, Object> properties) {
        return (Session) Proxy.newProxyInstance(Session.class.getClassLoader(), new Class<?>[] {Session.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getUserProperties")) {
                        return properties;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
