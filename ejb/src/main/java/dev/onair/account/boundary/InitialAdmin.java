package dev.onair.account.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.util.logging.Logger;

/**
 * Install step: on first start there is an {@code admin} account with the
 * password {@code admin}, which must be changed at first login.
 */
@Singleton
@Startup
@DependsOn("Migrations")
public class InitialAdmin {

    public static final String USERNAME = "admin";
    private static final Logger LOG = Logger.getLogger(InitialAdmin.class.getName());

    @EJB
    Accounts accounts;

    @PostConstruct
    void ensure() {
        if (!accounts.exists(USERNAME)) {
            accounts.createInitialAdmin(USERNAME, "admin");
            LOG.warning("created the initial admin account 'admin' with password 'admin': change it at first login");
        }
    }
}
