package io.runledger.storage.sql; final class Placeholder { private Placeholder() { } }
