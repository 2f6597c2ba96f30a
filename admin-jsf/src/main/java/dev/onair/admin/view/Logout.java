package dev.onair.admin.view;

import dev.onair.admin.security.AdminAudit;
import dev.onair.admin.security.AdminSecurity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

/** Signs the admin out: ends the container login and throws the whole session away. */
@Named
@RequestScoped
public class Logout {

    @Inject
    ExternalContext external;

    @Inject
    AdminAudit audit;

    public String signOut() throws ServletException {
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        audit.signedOut(request.getRemoteUser());
        request.logout();
        external.invalidateSession();
        return AdminSecurity.LOGIN_PAGE + "?faces-redirect=true";
    }
}
