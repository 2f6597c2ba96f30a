package dev.onair.account.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

/** A person with a login: viewer, anchor or admin. */
@Entity
@Table(name = "users")
@NamedQuery(name = User.BY_USERNAME, query = "select u from User u where u.username = :username")
@NamedQuery(name = User.BY_STREAM_KEY, query = "select u from User u where u.streamKey = :key")
@NamedQuery(name = User.ID_BY_ID, query = "select u.id from User u where u.id = :id")
public class User {

    public static final String BY_USERNAME = "User.byUsername";
    public static final String BY_STREAM_KEY = "User.byStreamKey";
    /** The id alone: an existence check that loads no row into the persistence context. */
    public static final String ID_BY_ID = "User.idById";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 32)
    private String username;

    @Column(name = "display_name", nullable = false, length = 64)
    private String displayName;

    @Column(name = "password_hash", nullable = false, length = 255)
    private String passwordHash;

    /** Comma-separated role names; few and fixed, so no join table. */
    @Column(nullable = false, length = 128)
    private String roles;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Column(name = "stream_key", nullable = false, unique = true, length = 64)
    private String streamKey;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected User() {
    }

    public User(String username, String displayName, String passwordHash, Set<String> roles,
                String streamKey, Instant createdAt) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.roles = String.join(",", new TreeSet<>(roles));
        this.streamKey = streamKey;
        this.createdAt = createdAt;
    }

    public Long getId() { return id; }
    public String getUsername() { return username; }
    public String getDisplayName() { return displayName; }
    public String getPasswordHash() { return passwordHash; }
    public boolean isMustChangePassword() { return mustChangePassword; }
    public String getStreamKey() { return streamKey; }
    public Instant getCreatedAt() { return createdAt; }

    public Set<String> getRoles() {
        return roles.isBlank() ? Set.of() : new TreeSet<>(Arrays.asList(roles.split(",")));
    }

    /** The name the stream of this account is known by in public: HLS, stats, replays. */
    public String publicStreamName() {
        return "u" + id;
    }

    public void requirePasswordChange() {
        this.mustChangePassword = true;
    }

    public void changePassword(String newHash) {
        this.passwordHash = newHash;
        this.mustChangePassword = false;
    }

    public void rotateStreamKey(String newKey) {
        this.streamKey = newKey;
    }
}
