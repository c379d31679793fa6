package io.runledger.storage.api;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link Redaction#hideSecrets} over every place pgjdbc takes a password from: the URL's user info
 * ({@code //user:secret@host}, raw or percent-encoded) and a {@code password=} parameter (any case,
 * among other parameters, raw or percent-encoded), also inside a sentence. The secret never survives;
 * host, port, database, user name and the other parameters do. Secrets start with {@code X}, which no
 * non-secret part of a generated location contains, so a secret found in the output was leaked.
 */
class RedactionProperties {
    private static final String SECRET_CHARACTERS = "Xabcxyz019;/@&:=%+!$'()*,.~-_";

    @Property(tries = 500)
    void aPasswordInTheUserInfoNeverSurvives(@ForAll("hosts") String host, @ForAll("names") String user,
                                             @ForAll("userInfoSecrets") String secret, @ForAll boolean encoded,
                                             @ForAll("parameters") List<String> parameters) {
        String written = encoded ? URLEncoder.encode(secret, StandardCharsets.UTF_8) : secret;
        String url = "jdbc:postgresql://" + user + ":" + written + "@" + host + "/ledger" + query(parameters);

        String shown = Redaction.hideSecrets("cannot reach " + url + " now");

        assertHidden(shown, written);
        assertTrue(shown.contains("//" + user + ":***@" + host + "/ledger"), shown);
        parameters.forEach(parameter -> assertTrue(shown.contains(parameter), shown));
        assertTrue(shown.startsWith("cannot reach ") && shown.endsWith(" now"), shown);
    }

    @Property(tries = 500)
    void aPasswordParameterNeverSurvives(@ForAll("hosts") String host, @ForAll("passwordKeys") String key,
                                         @ForAll("parameterSecrets") String secret, @ForAll boolean encoded,
                                         @ForAll("parameters") List<String> before, @ForAll("parameters") List<String> after) {
        String written = encoded ? URLEncoder.encode(secret, StandardCharsets.UTF_8) : secret;
        List<String> parameters = new ArrayList<>(before);
        parameters.add(key + "=" + written);
        parameters.addAll(after);
        String url = "jdbc:postgresql://" + host + "/ledger" + query(parameters);

        String shown = Redaction.hideSecrets("cannot reach " + url + " now");

        assertHidden(shown, written);
        assertTrue(shown.contains("//" + host + "/ledger?"), shown);
        assertTrue(shown.contains(key + "=***"), shown);
        before.forEach(parameter -> assertTrue(shown.contains(parameter), shown));
        after.forEach(parameter -> assertTrue(shown.contains(parameter), shown));
        assertTrue(shown.startsWith("cannot reach ") && shown.endsWith(" now"), shown);
    }

    @Property(tries = 200)
    void textWithoutSecretsIsUnchanged(@ForAll("hosts") String host, @ForAll("names") String user,
                                       @ForAll("parameters") List<String> parameters) {
        String text = "store at jdbc:postgresql://" + user + "@" + host + "/ledger" + query(parameters)
                + " or /home/" + user + "/runledger-data/state.sqlite";

        assertTrue(Redaction.hideSecrets(text).equals(text), text);
    }

    private static void assertHidden(String shown, String written) {
        assertFalse(shown.contains(written), () -> "the secret " + written + " survived in " + shown);
        assertFalse(shown.contains("X"), () -> "part of the secret survived in " + shown);
    }

    private static String query(List<String> parameters) {
        return parameters.isEmpty() ? "" : "?" + String.join("&", parameters);
    }

    @Provide
    Arbitrary<String> hosts() {
        Arbitrary<String> name = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8);
        Arbitrary<String> port = Arbitraries.integers().between(1, 65_535).map(p -> ":" + p);
        Arbitrary<String> one = Combinators.combine(name, Arbitraries.oneOf(port, Arbitraries.just(""))).as(String::concat);
        return one.list().ofMinSize(1).ofMaxSize(3).map(hosts -> String.join(",", hosts));
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8);
    }

    @Provide
    Arbitrary<String> passwordKeys() {
        return Arbitraries.of("password", "PASSWORD", "Password", "passWord", "sslpassword", "sslPassword");
    }

    /** What a raw user info may hold: anything but white space and the characters that end an authority. */
    @Provide
    Arbitrary<String> userInfoSecrets() {
        return secrets(SECRET_CHARACTERS);
    }

    /** What a raw parameter value may hold: anything but white space and {@code &}, which ends it. */
    @Provide
    Arbitrary<String> parameterSecrets() {
        return secrets(SECRET_CHARACTERS.replace("&", "") + "?#");
    }

    private static Arbitrary<String> secrets(String characters) {
        return Arbitraries.strings().withChars(characters.toCharArray()).ofMinLength(0).ofMaxLength(16).map(s -> "X" + s);
    }

    @Provide
    Arbitrary<List<String>> parameters() {
        Arbitrary<String> key = Arbitraries.of("user", "ssl", "currentSchema", "ApplicationName", "connectTimeout");
        Arbitrary<String> value = Arbitraries.strings().withChars("abc019%-_.".toCharArray()).ofMinLength(1).ofMaxLength(8);
        return Combinators.combine(key, value).as((k, v) -> k + "=" + v).list().ofMaxSize(3);
    }
}
