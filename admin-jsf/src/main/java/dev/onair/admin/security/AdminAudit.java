package dev.onair.admin.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The audit trail of the console: one log line per sign-in, failed or refused sign-in,
 * password change (done or refused) and sign-out, with the username and the client address.
 * Its own logger name lets operators route it apart from application logs.
 */
@ApplicationScoped
public class AdminAudit {

    private static final Logger LOG = Logger.getLogger("dev.onair.admin.audit");
    private static final int MAX_NAME = 64;

    @Inject
    HttpServletRequest request;

    public void signedIn(String username, boolean mustChangePassword) {
        log(Level.INFO, "admin sign-in", username, "mustChangePassword=" + mustChangePassword);
    }

    public void signInFailed(String username) {
        log(Level.WARNING, "admin sign-in failed", username, "reason=bad credentials");
    }

    public void signInRefused(String username, String reason) {
        log(Level.WARNING, "admin sign-in refused", username, "reason=" + printable(reason));
    }

    public void passwordChanged(String username) {
        log(Level.INFO, "admin password changed", username, null);
    }

    public void passwordChangeRefused(String username, String reason) {
        log(Level.WARNING, "admin password change refused", username, "reason=" + printable(reason));
    }

    public void signedOut(String username) {
        log(Level.INFO, "admin sign-out", username, null);
    }

    private void log(Level level, String event, String username, String details) {
        String from = request.getRemoteAddr();
        LOG.log(level, () -> event + " username=" + printable(username) + " from=" + from
                + (details == null ? "" : " " + details));
    }

    /** Usernames and reasons may come from whoever is at the login page: keep each to one short log line. */
    private static String printable(String text) {
        if (text == null) {
            return "-";
        }
        String oneLine = text.replaceAll("\\p{Cntrl}", "?");
        return oneLine.length() <= MAX_NAME ? oneLine : oneLine.substring(0, MAX_NAME) + "…";
    }
}
