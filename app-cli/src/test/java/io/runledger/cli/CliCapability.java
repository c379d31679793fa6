package io.runledger.cli;

/** Backend capabilities that only some backends have; CLI contract tests that need one skip visibly without it. */
enum CliCapability {
    /** Text fields hold U+0000, as FORMAT.md allows (PostgreSQL text cannot). */
    NUL_IN_TEXT
}
