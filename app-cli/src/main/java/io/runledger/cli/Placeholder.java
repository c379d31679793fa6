package io.runledger.cli; final class Placeholder { private Placeholder() { } }
