package dev.onair.it.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** Direct reads of the stack's database, to assert what was really stored. */
public final class Database {

    private Database() {
    }

    public static Connection connect() throws SQLException {
        return DriverManager.getConnection(Stack.dbUrl(), Stack.dbUser(), Stack.dbPassword());
    }
}
