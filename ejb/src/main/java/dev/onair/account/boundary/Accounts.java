package dev.onair.account.boundary;

import dev.onair.account.boundary.AccountException.Reason;
import dev.onair.account.control.KnownUserIds;
import dev.onair.account.control.PasswordPolicy;
import dev.onair.account.control.Passwords;
import dev.onair.account.control.StreamKeyGenerator;
import dev.onair.account.entity.User;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/** Registration, login and passwords: the account component's entry point. */
@Stateless
public class Accounts {

    public static final String ROLE_USER = "user";
    public static final String ROLE_ADMIN = "admin";

    private static final Logger LOG = Logger.getLogger(Accounts.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Passwords passwords;

    @Inject
    AccessTokens tokens;

    @Inject
    Clock clock;

    @Inject
    KnownUserIds knownIds;

    public AccountView register(String username, String password, String displayName) {
        return create(username, password, displayName, Set.of(ROLE_USER), false);
    }

    /** Creates an account with the given roles; used by install to create the first admin. */
    public AccountView create(String username, String password, String displayName, Set<String> roles,
                              boolean mustChangePassword) {
        PasswordPolicy.violation(password, username).ifPresent(v -> {
            throw new AccountException(Reason.WEAK_PASSWORD, v);
        });
        return persistNew(username, password, displayName, roles, mustChangePassword);
    }

    /**
     * Creates the first admin at install with a well-known password, so the
     * policy is not applied; the account must change it at first login.
     */
    public AccountView createInitialAdmin(String username, String password) {
        return persistNew(username, password, "Administrator", Set.of(ROLE_ADMIN, ROLE_USER), true);
    }

    private AccountView persistNew(String username, String password, String displayName, Set<String> roles,
                                   boolean mustChangePassword) {
        if (findByUsername(username).isPresent()) {
            throw new AccountException(Reason.USERNAME_TAKEN, "username '" + username + "' is taken");
        }
        User user = new User(username, displayName == null || displayName.isBlank() ? username : displayName,
                passwords.hash(password), roles, StreamKeyGenerator.next(), clock.instant());
        if (mustChangePassword) {
            user.requirePasswordChange();
        }
        em.persist(user);
        em.flush();
        LOG.info(() -> "account created user=" + user.getId() + " username=" + username + " roles=" + roles);
        return view(user);
    }

    /** Checks a username and password; the same answer for an unknown user and a wrong password. */
    public AccountView authenticate(String username, String password) {
        Optional<User> user = findByUsername(username);
        if (user.isEmpty()) {
            passwords.hash(password == null ? "" : password); // same cost either way: no user enumeration by timing
            throw badCredentials();
        }
        if (!passwords.matches(password, user.get().getPasswordHash())) {
            throw badCredentials();
        }
        return view(user.get());
    }

    /** Logs in for the API: a token is only issued once a required password change is done. */
    public IssuedToken login(String username, String password) {
        AccountView account = authenticate(username, password);
        if (account.mustChangePassword()) {
            throw new AccountException(Reason.PASSWORD_CHANGE_REQUIRED,
                    "the password of this account must be changed before use");
        }
        return tokens.issue(account.id(), account.username(), account.roles());
    }

    public AccountView changePassword(String username, String currentPassword, String newPassword) {
        authenticate(username, currentPassword);
        if (newPassword != null && newPassword.equals(currentPassword)) {
            throw new AccountException(Reason.WEAK_PASSWORD, "the new password must differ from the current one");
        }
        PasswordPolicy.violation(newPassword, username).ifPresent(v -> {
            throw new AccountException(Reason.WEAK_PASSWORD, v);
        });
        User user = findByUsername(username).orElseThrow();
        user.changePassword(passwords.hash(newPassword));
        LOG.info(() -> "password changed user=" + user.getId());
        return view(user);
    }

    public Optional<AccountView> find(long userId) {
        return Optional.ofNullable(em.find(User.class, userId)).map(Accounts::view);
    }

    /** Whether a user with this id exists; from memory once this node has seen it ({@link KnownUserIds}). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public boolean exists(long userId) {
        if (knownIds.contains(userId)) {
            return true;
        }
        boolean found = !em.createNamedQuery(User.ID_BY_ID, Long.class).setParameter("id", userId)
                .getResultList().isEmpty();
        if (found) {
            knownIds.add(userId);
        }
        return found;
    }

    public Optional<AccountView> findByName(String username) {
        return findByUsername(username).map(Accounts::view);
    }

    public boolean exists(String username) {
        return findByUsername(username).isPresent();
    }

    private Optional<User> findByUsername(String username) {
        return em.createNamedQuery(User.BY_USERNAME, User.class)
                .setParameter("username", username)
                .getResultStream().findFirst();
    }

    private static AccountException badCredentials() {
        return new AccountException(Reason.BAD_CREDENTIALS, "unknown username or wrong password");
    }

    static AccountView view(User u) {
        return new AccountView(u.getId(), u.getUsername(), u.getDisplayName(), u.getRoles(),
                u.isMustChangePassword(), u.getCreatedAt());
    }
}
