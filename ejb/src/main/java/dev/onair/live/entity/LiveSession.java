package dev.onair.live.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** One publish of a stream, from the accepted {@code on_publish} to its end. */
@Entity
@Table(name = "live_sessions")
@NamedQuery(name = LiveSession.OPEN_BY_STREAM,
        query = "select s from LiveSession s where s.streamName = :stream and s.endedAt is null")
public class LiveSession {

    public static final String OPEN_BY_STREAM = "LiveSession.openByStream";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(name = "stream_name", nullable = false, length = 64)
    private String streamName;

    @Column(name = "client_id", nullable = false, length = 32)
    private String clientId;

    @Column(name = "client_addr", length = 64)
    private String clientAddr;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    protected LiveSession() {
    }

    public LiveSession(long userId, String streamName, String clientId, String clientAddr, Instant startedAt) {
        this.userId = userId;
        this.streamName = streamName;
        this.clientId = clientId;
        this.clientAddr = clientAddr;
        this.startedAt = startedAt;
    }

    public void end(Instant at) {
        this.endedAt = at;
    }

    public Long getId() { return id; }
    public long getUserId() { return userId; }
    public String getStreamName() { return streamName; }
    public Instant getStartedAt() { return startedAt; }
    public Instant getEndedAt() { return endedAt; }
}
