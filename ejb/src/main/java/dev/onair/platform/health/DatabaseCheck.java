package dev.onair.platform.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import javax.sql.DataSource;

/** The database is up when a pooled connection passes the driver's validity round trip. */
@ApplicationScoped
public class DatabaseCheck implements DependencyCheck {

    private static final int VALID_TIMEOUT_SECONDS = 2;

    @Resource(lookup = "jdbc/onair")
    DataSource dataSource;

    @Override
    public String name() {
        return "database";
    }

    @Override
    public DependencyHealth check() {
        return DependencyHealth.probe(name(), () -> {
            try (Connection connection = dataSource.getConnection()) {
                if (!connection.isValid(VALID_TIMEOUT_SECONDS)) {
                    throw new IllegalStateException("connection not valid within " + VALID_TIMEOUT_SECONDS + " s");
                }
                DatabaseMetaData meta = connection.getMetaData();
                return meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion();
            }
        });
    }
}
