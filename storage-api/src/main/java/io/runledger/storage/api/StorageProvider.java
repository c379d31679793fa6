package io.runledger.storage.api;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The service-provider interface a storage adapter implements, found with {@link java.util.ServiceLoader}
 * and chosen by its {@link #id()} from configuration.
 */
public interface StorageProvider {
    /** The id configuration names, e.g. {@code sqlite}. */
    String id();

    /** How writes are made durable, e.g. {@code wal}, {@code journal+snapshot}, {@code server}. */
    String persistenceMode();

    /**
     * The names of the options configuration may give this backend: the part after {@code <id>.} of a
     * config-file key, e.g. {@code busy_timeout_ms}. Bootstrap refuses any other name with
     * {@link ReasonCode#CONFIG_INVALID} before a store is touched, so a misspelt option is never
     * ignored. Not among them: {@code app_version}, which bootstrap itself passes to every backend.
     */
    Set<String> optionNames();

    /**
     * The options among {@link #optionNames()} that are whole numbers, each with its documented range.
     * Bootstrap refuses a configured value outside the range ({@link ReasonCode#CONFIG_INVALID}, naming the
     * option, the value and the range) before a store is touched; the adapter reads the value with
     * {@link StoreOptions#read(NumberSetting)}.
     */
    default List<NumberSetting> numberSettings() {
        return List.of();
    }

    /**
     * The options among {@link #optionNames()} that take one of a closed set of values, each with its
     * default. Bootstrap refuses any other value ({@link ReasonCode#CONFIG_INVALID}) before a store is
     * touched; the adapter reads the value with {@link StoreOptions#read(ChoiceSetting)}.
     */
    default List<ChoiceSetting> choiceSettings() {
        return List.of();
    }

    /**
     * Whether an open {@link Store} keeps every other process from opening the store until it is
     * closed (a single-writer lock held while open). A reader that waits for other processes' writes,
     * such as a live tail of the audit log, then opens the store for each read and closes it in between;
     * otherwise it keeps one store open and sees their writes as they commit.
     */
    default boolean openStoreIsExclusive() {
        return false;
    }

    /** The file name of a store under the data directory, for file backends. */
    Optional<String> defaultFileName();

    /** Administration of the store at {@code spec}; cheap, and creates nothing by itself. */
    StoreAdmin admin(StoreSpec spec);

    /**
     * Opens the store at {@code spec} for reading and writing. The store must exist and be at this
     * binary's schema head; otherwise raises what {@link StoreStatus#requireAtHead()} raises.
     */
    Store open(StoreSpec spec);
}
