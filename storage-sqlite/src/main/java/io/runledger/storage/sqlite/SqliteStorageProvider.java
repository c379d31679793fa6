package io.runledger.storage.sqlite;
final class SqliteStorageProvider { private SqliteStorageProvider() { } }
