package dev.onair.admin.view;

import dev.onair.admin.security.AdminSecurity;
import dev.onair.admin.security.AdminSession;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/** The sign-in form: hands the credentials to the container's authentication mechanism. */
@Named
@RequestScoped
public class Login {

    @Inject
    SecurityContext securityContext;

    @Inject
    FacesContext faces;

    @Inject
    ExternalContext external;

    @Inject
    AdminSession session;

    private String username;
    private String password;

    public void signIn() throws IOException {
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        if (request.getSession(false) != null) {
            request.changeSessionId(); // a session id planted before sign-in must not become an admin's
        }
        AuthenticationStatus status = securityContext.authenticate(request,
                (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(username, password))
                        .newAuthentication(true));
        switch (status) {
            case SUCCESS -> external.redirect(external.getRequestContextPath()
                    + (session.isMustChangePassword() ? AdminSecurity.CHANGE_PASSWORD_PAGE : AdminSecurity.HOME_PAGE));
            case SEND_CONTINUE -> faces.responseComplete(); // the mechanism has already redirected
            default -> {
                forgetAttempt(request);
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                        "Wrong username or password.", null));
            }
        }
    }

    /**
     * Soteria keeps its "caller-initiated authentication" marker in the session after a failed
     * attempt; the next protected page is then neither served nor sent to the login page but
     * answered with an empty 200. A failed sign-in therefore leaves no session behind (this
     * page is stateless, so nothing else is lost).
     */
    private static void forgetAttempt(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
