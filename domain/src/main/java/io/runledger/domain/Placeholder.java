package io.runledger.domain; final class Placeholder { private Placeholder() { } }
