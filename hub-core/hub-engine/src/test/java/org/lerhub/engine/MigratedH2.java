package org.lerhub.engine;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.lerhub.engine.store.StoreSchema;

/** A fresh in-memory H2 database with the store's migrations applied, for tests of one repository on its own. */
public final class MigratedH2 {

    private MigratedH2() {
    }

    public static JdbcDataSource create(String name) {
        JdbcDataSource database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:" + name + "-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(database).placeholders(StoreSchema.placeholdersFor(database)).load().migrate();
        return database;
    }
}
