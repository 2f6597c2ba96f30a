package dev.onair.websocket.session;

import dev.onair.chat.boundary.Presence;
import dev.onair.chat.boundary.Presence.Member;
import dev.onair.chat.boundary.Presence.Renewal;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * This node's sockets as cluster presence sees them: it turns a connection
 * into a {@link Member} (key, user, room, client address), holds the lease
 * length (the heartbeat window) and the per-user maximum, and keeps sockets
 * working when Redis does not answer: counts then fall back to this node's
 * own, and nobody is evicted. The lease is the configured window also for a
 * socket whose client asked for a shorter one: the presence sets' TTLs are
 * shared by all their sockets, and a socket closed at its own deadline leaves
 * them at once anyway.
 */
@ApplicationScoped
public class SessionPresence {

    /** The close reason of a connection evicted under the per-user maximum. */
    static final String TOO_MANY = "too many connections";

    @Inject
    Presence presence;

    @Inject
    PresenceOutage outage;

    @Inject
    LocalSessions sessions;

    @Inject
    WsSettings settings;

    /** Live connections one user may hold across the cluster; beyond it the oldest is closed with 1008. */
    @Inject
    @ConfigProperty(name = "onair.ws.max-connections-per-user", defaultValue = "10")
    int maxPerUser;

    @PostConstruct
    void validate() {
        if (maxPerUser < 1) {
            throw new IllegalStateException("onair.ws.max-connections-per-user must be at least 1");
        }
    }

    /** Counts a newly authenticated socket; answers the keys of the user's connections it pushes out. */
    List<String> admit(Connection connection) {
        try {
            return presence.admit(member(connection), settings.heartbeatTimeout(), maxPerUser).evicted();
        } catch (RuntimeException e) {
            outage.failed(e);
            return List.of();
        }
    }

    /** Renews a socket's lease; its room's count is cluster-wide, or this node's while Redis is away. */
    Renewal renew(Connection connection) {
        try {
            return presence.renew(member(connection), settings.heartbeatTimeout());
        } catch (RuntimeException e) {
            outage.failed(e);
            return new Renewal(sessions.localCount(connection.roomId()), false);
        }
    }

    void leftRoom(String roomId, String key) {
        try {
            presence.leaveRoom(roomId, key);
        } catch (RuntimeException e) {
            outage.failed(e); // the lease ends by itself
        }
    }

    void left(Connection connection) {
        try {
            presence.leave(member(connection));
        } catch (RuntimeException e) {
            outage.failed(e); // the leases end by themselves
        }
    }

    private static Member member(Connection connection) {
        return new Member(connection.key(), connection.mid(), connection.roomId(),
                ClientAddress.of(connection.session()));
    }
}
