package io.runledger.cli;

/** Backend capabilities that only some backends have; CLI contract tests that need one skip visibly without it. */
enum CliCapability {
    /** Text fields hold U+0000, as FORMAT.md allows (PostgreSQL text cannot). */
    NUL_IN_TEXT,
    /** Another process may migrate the store while serve has it open (SQL backends; the JSON store is locked). */
    MIGRATED_WHILE_OPEN
}
