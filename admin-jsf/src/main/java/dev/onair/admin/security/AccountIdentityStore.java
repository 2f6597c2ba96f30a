package dev.onair.admin.security;

import dev.onair.account.boundary.AccountException;
import dev.onair.account.boundary.AccountView;
import dev.onair.account.boundary.Accounts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

/**
 * Checks console credentials against the account component. Only accounts with the admin
 * role get in: anyone else is refused here rather than let in to meet a 403 on every page.
 * The account's roles become the caller's groups, which Payara maps one to one onto roles.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    Accounts accounts;

    @Inject
    AdminSession session;

    @Inject
    AdminAudit audit;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        String username = credential.getCaller();
        AccountView account;
        try {
            account = accounts.authenticate(username, credential.getPasswordAsString());
        } catch (AccountException e) {
            audit.signInFailed(username);
            return CredentialValidationResult.INVALID_RESULT;
        }
        if (!account.roles().contains(AdminSecurity.ROLE)) {
            audit.signInRefused(username, "not an admin");
            return CredentialValidationResult.INVALID_RESULT;
        }
        session.signedIn(account);
        audit.signedIn(username, account.mustChangePassword());
        return new CredentialValidationResult(account.username(), account.roles());
    }
}
