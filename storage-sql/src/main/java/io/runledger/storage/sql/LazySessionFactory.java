package io.runledger.storage.sql;

import java.util.function.Supplier;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.hibernate.dialect.Dialect;

/**
 * A store's Hibernate session factory, built by the first unit of work that opens a session, once,
 * and closed with the store if it was built. Building one loads some 3,700 classes and takes about
 * half a second of a short command's start (docs/PERFORMANCE.md, "Target 3: CLI start"); the units
 * of work in plain JDBC — appends, a run's and a step's reads and one-row writes — never ask for it.
 */
public final class LazySessionFactory implements Supplier<SessionFactory>, AutoCloseable {
    private final DataSource writer;
    private final Supplier<Class<? extends Dialect>> dialect;
    private volatile SessionFactory built;
    private boolean closed;

    /**
     * A session factory over {@code writer} ({@link SessionFactories#build}), in the {@code dialect}
     * asked for when it is built: a lambda that names the dialect's class loads it only then, while one
     * that returned a session factory would load Hibernate's interface when created.
     */
    public LazySessionFactory(DataSource writer, Supplier<Class<? extends Dialect>> dialect) {
        this.writer = writer;
        this.dialect = dialect;
    }

    /** The session factory, built now if this is the first call; refused once the store is closed. */
    @Override
    public SessionFactory get() {
        SessionFactory factory = built;
        if (factory != null) {
            return factory;
        }
        synchronized (this) {
            if (closed) {
                throw new IllegalStateException("the store is closed");
            }
            if (built == null) {
                built = SessionFactories.build(writer, dialect.get());
            }
            return built;
        }
    }

    /** Closes the session factory if one was built; none is built after this. */
    @Override
    public synchronized void close() {
        closed = true;
        if (built != null) {
            built.close();
        }
    }
}
