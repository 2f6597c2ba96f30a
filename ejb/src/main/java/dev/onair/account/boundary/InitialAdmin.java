package dev.onair.account.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;

/**
 * Install step: on first start there is an {@code admin} account with the
 * password {@code admin}, which must be changed at first login.
 */
@Singleton
@Startup
@DependsOn("Migrations")
@TransactionManagement(TransactionManagementType.BEAN) // each Accounts call is its own transaction
public class InitialAdmin {

    public static final String USERNAME = "admin";
    private static final Logger LOG = Logger.getLogger(InitialAdmin.class.getName());

    @EJB
    Accounts accounts;

    @PostConstruct
    void ensure() {
        if (accounts.exists(USERNAME)) {
            return;
        }
        try {
            accounts.createInitialAdmin(USERNAME, "admin");
            LOG.warning("created the initial admin account 'admin' with password 'admin': change it at first login");
        } catch (AccountException | EJBException e) {
            // another node starting at the same moment created it first (unique username)
            if (!accounts.exists(USERNAME)) {
                throw e;
            }
            LOG.info("initial admin account created by another node");
        }
    }
}
