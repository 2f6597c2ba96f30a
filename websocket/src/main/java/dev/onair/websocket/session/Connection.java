package dev.onair.websocket.session;

import dev.onair.chat.boundary.RoomIds;
import dev.onair.websocket.protocol.Ops;
import dev.onair.websocket.protocol.Outbound;
import jakarta.websocket.Session;
import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One socket as goim sees it (goim's "channel"): its key, user, room,
 * accepted ops and form, its deadline, and its outbox. Its own frames are
 * handled one at a time (the container delivers a session's messages in
 * order), while pushes read it from other threads, hence the volatile fields.
 */
public final class Connection {

    private final String id;
    private final Session session;
    private final Outbox outbox;
    private final Trouble trouble;
    private final Set<Integer> accepts = ConcurrentHashMap.newKeySet();
    private volatile boolean bound;
    private volatile boolean closing;
    private volatile boolean text;
    private volatile String key = "";
    private volatile long mid;
    private volatile String name = "";
    private volatile String roomId = RoomIds.NONE;
    private volatile String platform = "";
    private volatile long deadline;
    private volatile long heartbeatWindow;
    private volatile long tokenExpiresAt = Long.MAX_VALUE;
    private volatile PushFilter filter;

    /** What a connection reports when its sending goes wrong. */
    interface Trouble {

        /** Its outbox is full: the client reads too slowly. */
        void overflowed(Connection connection);

        /** A send failed: the socket is gone or stuck past the send timeout. */
        void broken(Connection connection, Throwable failure);
    }

    /**
     * Looks at each push before it is queued and may hold it back or drop it
     * (the chat's offline catch-up holds live messages while the backlog is read).
     */
    public interface PushFilter {

        /** Whether the push goes to the socket now; a filter that says no may {@link #release} it later. */
        boolean admits(Outbound outbound);
    }

    Connection(String id, Session session, Outbox.Transport transport, int sendQueue, Trouble trouble) {
        this.id = id;
        this.session = session;
        this.trouble = trouble;
        this.outbox = new Outbox(transport, sendQueue, failure -> trouble.broken(this, failure));
    }

    /**
     * Queues a push for this socket in its form. A socket whose queue is full
     * is dropped (the overflow handler closes it) rather than slowing anyone down.
     */
    public void push(Outbound outbound) {
        PushFilter f = filter;
        if (f == null || f.admits(outbound)) {
            send(outbound, text);
        }
    }

    /** Queues a push past the filter: what the filter held back, or what its owner sends itself. */
    public void release(Outbound outbound) {
        send(outbound, text);
    }

    /** Puts a filter in front of the pushes (one per connection; {@code null} removes it). */
    public void filter(PushFilter filter) {
        this.filter = filter;
    }

    public PushFilter filter() {
        return filter;
    }

    /** Queues a message in the given form (a reply goes in the form of its request). */
    void send(Outbound outbound, boolean inText) {
        if (!outbox.offer(outbound.messages(inText))) {
            trouble.overflowed(this);
        }
    }

    /**
     * goim's {@code NeedPush}: ops below 1000 always go through; business ops
     * only if the client accepts them. Applies to pushes by key, user and to
     * everyone; room pushes ignore it, as in goim (a room batch is one shared
     * message for the whole room).
     */
    public boolean accepts(int op) {
        return (op >= 0 && op < Ops.MIN_BUSINESS) || accepts.contains(op);
    }

    /** Takes on the identity an auth frame established; it counts once the registry has bound it. */
    void identify(String key, long mid, String roomId, String platform, Collection<Integer> accepts, boolean text) {
        this.key = key;
        this.mid = mid;
        this.roomId = roomId;
        this.platform = platform;
        this.accepts.addAll(accepts);
        this.text = text;
    }

    void bound() {
        this.bound = true;
    }

    void accept(Collection<Integer> ops) {
        accepts.addAll(ops);
    }

    void refuse(Collection<Integer> ops) {
        accepts.removeAll(ops);
    }

    /** Marks the socket as closing; true only for the first caller. */
    synchronized boolean startClosing() {
        if (closing) {
            return false;
        }
        closing = true;
        return true;
    }

    public String id() {
        return id;
    }

    Session session() {
        return session;
    }

    Outbox outbox() {
        return outbox;
    }

    /** Authenticated and registered under its key, user and room. */
    public boolean isAuthenticated() {
        return bound;
    }

    boolean isClosing() {
        return closing;
    }

    /** The form pushes are rendered in: that of the auth frame. */
    boolean isText() {
        return text;
    }

    public String key() {
        return key;
    }

    public long mid() {
        return mid;
    }

    /** The user's name as shown with its chat messages (the token's username). */
    public String name() {
        return name;
    }

    void name(String name) {
        this.name = name;
    }

    public String roomId() {
        return roomId;
    }

    void roomId(String roomId) {
        this.roomId = roomId;
    }

    String platform() {
        return platform;
    }

    long deadline() {
        return deadline;
    }

    void deadline(long epochMillis) {
        this.deadline = epochMillis;
    }

    /** How long this socket may go without a heartbeat, ms: its client may have asked for less than the default. */
    long heartbeatWindow() {
        return heartbeatWindow;
    }

    void heartbeatWindow(long millis) {
        this.heartbeatWindow = millis;
    }

    /** When the access token the socket authenticated with (or last renewed with) expires, epoch ms. */
    long tokenExpiresAt() {
        return tokenExpiresAt;
    }

    void tokenExpiresAt(long epochMillis) {
        this.tokenExpiresAt = epochMillis;
    }

    @Override
    public String toString() {
        return "session=" + id + " key=" + key + " mid=" + mid + " room=" + roomId;
    }
}
