package dev.onair.admin.view;

import dev.onair.account.boundary.AccountException;
import dev.onair.account.boundary.Accounts;
import dev.onair.admin.security.AdminAudit;
import dev.onair.admin.security.AdminSecurity;
import dev.onair.admin.security.AdminSession;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

/**
 * The password-change form. The account component applies the password policy; its refusal
 * is shown as it is, since it tells the admin exactly what to fix.
 */
@Named
@RequestScoped
public class PasswordChange {

    @Inject
    Accounts accounts;

    @Inject
    SecurityContext securityContext;

    @Inject
    AdminSession session;

    @Inject
    AdminAudit audit;

    @Inject
    FacesContext faces;

    private String current;
    private String next;
    private String confirmation;

    public String change() {
        String username = securityContext.getCallerPrincipal().getName();
        if (!next.equals(confirmation)) {
            error("The new password and its confirmation differ.");
            return null;
        }
        try {
            accounts.changePassword(username, current, next);
        } catch (AccountException e) {
            audit.passwordChangeRefused(username, e.reason().name());
            error(e.reason() == AccountException.Reason.BAD_CREDENTIALS
                    ? "The current password is wrong." : e.getMessage());
            return null;
        }
        session.passwordChanged();
        audit.passwordChanged(username);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, "Password changed.", null));
        faces.getExternalContext().getFlash().setKeepMessages(true);
        return AdminSecurity.HOME_PAGE + "?faces-redirect=true";
    }

    private void error(String message) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
    }

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String current) {
        this.current = current;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
