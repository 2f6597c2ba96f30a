package dev.onair.websocket.session;

import dev.onair.websocket.protocol.ProtocolViolation;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * This node's sockets, found by connection key, user id and room (goim's
 * buckets and rooms). Lookups are lock-free views that pushes iterate while
 * sockets come and go; changes to one connection's entries are serialized on
 * that connection, so a close racing a room change cannot leave a closed
 * socket behind in a room.
 */
@ApplicationScoped
public class LocalSessions {

    /** How often writes the container could not take at once are looked at again. */
    private static final long STALL_SWEEP_MILLIS = 10;

    /**
     * Makes the sweep's own thread: a managed scheduled executor would set up
     * and tear down the container context around each of its hundred runs a
     * second; this thread takes it once. The sweep touches only our objects.
     */
    @Resource
    ManagedThreadFactory threadFactory;

    private ScheduledExecutorService stallSweep;

    private final Set<Connection> connections = ConcurrentHashMap.newKeySet();
    private final Map<String, Connection> byKey = new ConcurrentHashMap<>();
    private final Map<Long, Set<Connection>> byMid = new ConcurrentHashMap<>();
    private final Map<String, Set<Connection>> byRoom = new ConcurrentHashMap<>();

    /** Starts the sweep of stalled writes (see {@link RawSocket}) with the first socket. */
    @PostConstruct
    void start() {
        stallSweep = Executors.newSingleThreadScheduledExecutor(threadFactory);
        stallSweep.scheduleAtFixedRate(() -> RawSocket.STALLED.sweep(System.nanoTime()),
                STALL_SWEEP_MILLIS, STALL_SWEEP_MILLIS, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (stallSweep != null) {
            stallSweep.shutdownNow();
        }
    }

    /** Every socket of this node, authenticated or not yet (the deadline sweep needs both). */
    public Collection<Connection> all() {
        return connections;
    }

    public Collection<Connection> inRoom(String roomId) {
        return byRoom.getOrDefault(roomId, Set.of());
    }

    public Optional<Connection> byKey(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    public Collection<Connection> ofMid(long mid) {
        return byMid.getOrDefault(mid, Set.of());
    }

    /** Sockets of this node in a room: the online count when Redis cannot be asked. */
    public int localCount(String roomId) {
        return roomId.isEmpty() ? 0 : inRoom(roomId).size();
    }

    void opened(Connection connection) {
        connections.add(connection);
    }

    /**
     * Registers an identified connection under its key, user and room. As in
     * goim, a new connection with a key already in use replaces the old one,
     * but only for the same user: a key is not a way to kick someone else off.
     *
     * @return the connection it displaced, which the caller closes
     * @throws ProtocolViolation when another user's connection holds the key
     */
    Optional<Connection> bind(Connection connection) throws ProtocolViolation {
        synchronized (connection) {
            if (!connections.contains(connection)) {
                return Optional.empty(); // closed while authenticating: nothing to register
            }
            Connection[] displaced = new Connection[1];
            boolean[] taken = new boolean[1];
            byKey.compute(connection.key(), (key, holder) -> {
                if (holder != null && holder != connection && holder.mid() != connection.mid()) {
                    taken[0] = true;
                    return holder;
                }
                displaced[0] = holder;
                return connection;
            });
            if (taken[0]) {
                throw ProtocolViolation.policy("key in use by another user");
            }
            index(byMid, connection.mid(), connection);
            if (!connection.roomId().isEmpty()) {
                index(byRoom, connection.roomId(), connection);
            }
            connection.bound();
            return Optional.ofNullable(displaced[0]);
        }
    }

    void move(Connection connection, String roomId) {
        synchronized (connection) {
            if (!connections.contains(connection) || !connection.isAuthenticated()) {
                return;
            }
            unindex(byRoom, connection.roomId(), connection);
            connection.roomId(roomId);
            if (!roomId.isEmpty()) {
                index(byRoom, roomId, connection);
            }
        }
    }

    /**
     * Forgets a socket.
     *
     * @return true the first time for a bound connection: the caller then releases its presence
     */
    boolean remove(Connection connection) {
        synchronized (connection) {
            if (!connections.remove(connection) || !connection.isAuthenticated()) {
                return false;
            }
            byKey.remove(connection.key(), connection);
            unindex(byMid, connection.mid(), connection);
            unindex(byRoom, connection.roomId(), connection);
            return true;
        }
    }

    private static <K> void index(Map<K, Set<Connection>> index, K key, Connection connection) {
        index.compute(key, (k, members) -> {
            Set<Connection> set = members == null ? ConcurrentHashMap.newKeySet() : members;
            set.add(connection);
            return set;
        });
    }

    private static <K> void unindex(Map<K, Set<Connection>> index, K key, Connection connection) {
        index.computeIfPresent(key, (k, members) -> {
            members.remove(connection);
            return members.isEmpty() ? null : members;
        });
    }
}
