/**
 * Test support only (never on a production module path): the one HTTP client of the test suites
 * that talk to a live {@code runledger serve}, in-process or in a child JVM.
 */
module io.runledger.testing.http {
    requires transitive java.net.http;
    requires transitive com.fasterxml.jackson.databind;

    exports io.runledger.testing.http;
}
