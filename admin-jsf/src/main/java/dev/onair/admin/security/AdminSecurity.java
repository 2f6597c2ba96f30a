package dev.onair.admin.security;

import dev.onair.account.boundary.Accounts;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * How the console authenticates: our own Faces login page, which hands the credentials to the
 * container through {@code SecurityContext.authenticate}. The login page is reached by a
 * redirect rather than a forward, so the browser shows its real address. A failed sign-in is
 * reported on the login page itself, so that is the error page too.
 */
@CustomFormAuthenticationMechanismDefinition(loginToContinue = @LoginToContinue(
        loginPage = AdminSecurity.LOGIN_PAGE,
        errorPage = AdminSecurity.LOGIN_PAGE,
        useForwardToLogin = false))
@DeclareRoles(AdminSecurity.ROLE)
@ApplicationScoped
public class AdminSecurity {

    /** The only role the console knows; web.xml requires it on every page but the login page. */
    public static final String ROLE = Accounts.ROLE_ADMIN;

    public static final String LOGIN_PAGE = "/login.xhtml";
    public static final String CHANGE_PASSWORD_PAGE = "/change-password.xhtml";
    public static final String HOME_PAGE = "/dashboard.xhtml";
}
