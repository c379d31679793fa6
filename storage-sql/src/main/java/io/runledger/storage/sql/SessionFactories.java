package io.runledger.storage.sql;

import io.runledger.storage.sql.entity.AuditEventEntity;
import io.runledger.storage.sql.ports.SqlSessions;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.hibernate.bytecode.spi.BytecodeProvider;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.cfg.Configuration;
import org.hibernate.dialect.Dialect;

/**
 * Builds the Hibernate session factory programmatically (no persistence.xml): the entities of this
 * module, an explicit dialect, no schema generation (Flyway owns the schema) and no JDBC metadata
 * access at boot, which keeps start-up short and connection-free. The entities have no associations
 * and nothing asks for a reference (an unloaded proxy), so Hibernate's "none" bytecode provider is
 * used: it generates no proxy or instantiator classes with Byte Buddy, which took about a tenth of
 * {@code serve}'s start-up.
 */
public final class SessionFactories {
    private SessionFactories() {
    }

    /** A session factory whose own connections come from {@code writer}. */
    public static SessionFactory build(DataSource writer, Class<? extends Dialect> dialect) {
        Configuration configuration = new Configuration()
                .addAnnotatedClass(AuditEventEntity.class)
                .setProperty(AvailableSettings.DIALECT, dialect)
                .setProperty(AvailableSettings.HBM2DDL_AUTO, "none")
                .setProperty(AvailableSettings.ALLOW_METADATA_ON_BOOT, false)
                .setProperty(AvailableSettings.STATEMENT_BATCH_SIZE, SqlSessions.BATCH_SIZE)
                .setProperty(AvailableSettings.SHOW_SQL, false);
        configuration.getProperties().put(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, writer);
        configuration.getStandardServiceRegistryBuilder()
                .addService(BytecodeProvider.class, new org.hibernate.bytecode.internal.none.BytecodeProviderImpl());
        return configuration.buildSessionFactory();
    }
}
