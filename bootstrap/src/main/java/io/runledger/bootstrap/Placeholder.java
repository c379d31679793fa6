package io.runledger.bootstrap; final class Placeholder { private Placeholder() { } }
