package dev.onair.websocket.session;

import jakarta.websocket.Session;
import java.lang.reflect.Method;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;

/**
 * The IP address a socket's client connects from, for presence's distinct
 * address count. Jakarta WebSocket has no API for it: Jetty and Undertow put
 * an {@link InetSocketAddress} into the session's user properties under
 * {@code jakarta.websocket.endpoint.remoteAddress} (older: {@code javax...}),
 * while Tyrus, Payara's implementation, offers {@code TyrusSession#getRemoteAddr()}
 * (a public method of the session class, called reflectively so this module
 * compiles against the API only). The address is resolved once per socket and
 * kept in its user properties; empty when nothing tells it.
 */
final class ClientAddress {

    private static final String PROPERTY = ClientAddress.class.getName();
    private static final List<String> CONTAINER_PROPERTIES = List.of(
            "jakarta.websocket.endpoint.remoteAddress", "javax.websocket.endpoint.remoteAddress");

    private ClientAddress() {
    }

    static String of(Session session) {
        Map<String, Object> properties = session.getUserProperties();
        Object known = properties.get(PROPERTY);
        if (known instanceof String address) {
            return address;
        }
        String address = resolve(session, properties);
        properties.put(PROPERTY, address);
        return address;
    }

    private static String resolve(Session session, Map<String, Object> properties) {
        for (String name : CONTAINER_PROPERTIES) {
            Object value = properties.get(name);
            if (value instanceof InetSocketAddress socket) {
                InetAddress ip = socket.getAddress();
                return ip != null ? ip.getHostAddress() : socket.getHostString();
            }
        }
        try {
            Method getter = session.getClass().getMethod("getRemoteAddr");
            Object value = getter.invoke(session);
            return value instanceof String address ? address.strip() : "";
        } catch (ReflectiveOperationException | RuntimeException notTyrus) {
            return "";
        }
    }
}
