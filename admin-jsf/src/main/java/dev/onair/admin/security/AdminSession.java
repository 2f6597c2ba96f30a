package dev.onair.admin.security;

import dev.onair.account.boundary.AccountView;
import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * What the console remembers about the signed-in admin between requests. The
 * must-change-password flag is taken from the account at sign-in, so the gate need not ask
 * the database on every request.
 */
@Named
@SessionScoped
public class AdminSession implements Serializable {

    private static final long serialVersionUID = 1L;

    private String username;
    private boolean mustChangePassword;

    public void signedIn(AccountView account) {
        username = account.username();
        mustChangePassword = account.mustChangePassword();
    }

    public void passwordChanged() {
        mustChangePassword = false;
    }

    public String getUsername() {
        return username;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }
}
