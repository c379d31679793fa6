package io.runledger.reliability.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.runledger.testing.http.RawRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Mutations of a request body: structural ones on the JSON tree (a field dropped, added or retyped,
 * anywhere in the tree), byte-level ones on the encoded text (truncation, flipped bytes, invalid
 * UTF-8, trailing garbage, a BOM, a duplicate key), and oversized bodies.
 */
final class BodyMutations {
    private static final String RAW = "@@RAW@@";
    private static final List<byte[]> INVALID_UTF8 = List.of(new byte[] {(byte) 0xff}, new byte[] {(byte) 0xc0, (byte) 0x80},
            new byte[] {(byte) 0x80}, new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0x80}, new byte[] {(byte) 0xe2, (byte) 0x82},
            new byte[] {(byte) 0xf8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}, new byte[] {(byte) 0xf4, (byte) 0x90, (byte) 0x80, (byte) 0x80});

    private BodyMutations() {
    }

    static Arbitrary<Mutation> all() {
        return Arbitraries.oneOf(drop(), add(), retype(), truncate(), flip(), invalidUtf8(), textual(), oversized());
    }

    private static Arbitrary<Mutation> drop() {
        return Arbitraries.integers().between(0, 1000).map(slot -> Mutation.of("drop field #" + slot,
                request -> tree(request, root -> {
                    List<Object[]> slots = slots(root);
                    Object[] chosen = slots.get(slot % slots.size());
                    if (chosen[0] instanceof ObjectNode object) {
                        object.remove((String) chosen[1]);
                    } else {
                        ((ArrayNode) chosen[0]).remove((Integer) chosen[1]);
                    }
                }, "")));
    }

    private static Arbitrary<Mutation> add() {
        return Combinators.combine(Arbitraries.integers().between(0, 1000),
                Arbitraries.of("extra", "run_id", "", "type", "__proto__", "events"), JsonLiterals.any())
                .as((slot, name, literal) -> Mutation.of("add field " + name + "=" + abbreviate(literal) + " at #" + slot,
                        request -> tree(request, root -> {
                            List<ObjectNode> objects = objects(root);
                            objects.get(slot % objects.size()).put(name, RAW);
                        }, literal)));
    }

    private static Arbitrary<Mutation> retype() {
        return Combinators.combine(Arbitraries.integers().between(0, 1000), JsonLiterals.any())
                .as((slot, literal) -> Mutation.of("set field #" + slot + " to " + abbreviate(literal),
                        request -> tree(request, root -> {
                            List<Object[]> slots = slots(root);
                            Object[] chosen = slots.get(slot % slots.size());
                            if (chosen[0] instanceof ObjectNode object) {
                                object.put((String) chosen[1], RAW);
                            } else {
                                ((ArrayNode) chosen[0]).set((Integer) chosen[1], TextNode.valueOf(RAW));
                            }
                        }, literal)));
    }

    private static Arbitrary<Mutation> truncate() {
        return Arbitraries.integers().between(0, 10_000).map(at -> Mutation.of("truncate at " + at,
                request -> bytes(request, body -> Arrays.copyOf(body, Math.min(at, Math.max(body.length - 1, 0))))));
    }

    private static Arbitrary<Mutation> flip() {
        return Combinators.combine(Arbitraries.integers().between(0, 10_000), Arbitraries.integers().between(1, 255))
                .as((at, mask) -> Mutation.of("flip byte " + at + " ^ " + mask, request -> bytes(request, body -> {
                    byte[] copy = body.clone();
                    if (copy.length > 0) {
                        copy[at % copy.length] ^= (byte) (int) mask;
                    }
                    return copy;
                })));
    }

    private static Arbitrary<Mutation> invalidUtf8() {
        return Combinators.combine(Arbitraries.integers().between(0, 10_000), Arbitraries.of(INVALID_UTF8))
                .as((at, bad) -> Mutation.of("insert invalid UTF-8 " + Arrays.toString(bad) + " at " + at,
                        request -> bytes(request, body -> {
                            int position = body.length == 0 ? 0 : at % body.length;
                            byte[] copy = new byte[body.length + bad.length];
                            System.arraycopy(body, 0, copy, 0, position);
                            System.arraycopy(bad, 0, copy, position, bad.length);
                            System.arraycopy(body, position, copy, position + bad.length, body.length - position);
                            return copy;
                        })));
    }

    private static Arbitrary<Mutation> textual() {
        return Arbitraries.of(
                Mutation.of("empty body", request -> request.body(new byte[0])),
                Mutation.of("trailing garbage", request -> text(request, body -> body + " x")),
                Mutation.of("two values", request -> text(request, body -> body + body)),
                Mutation.of("byte order mark", request -> text(request, body -> "\uFEFF" + body)),
                Mutation.of("duplicate first key", request -> text(request,
                        body -> body.replaceFirst("^\\{(\"[^\"]*\"):", "{$1:null,$1:"))),
                Mutation.of("single quotes", request -> text(request, body -> body.replace('"', '\''))),
                Mutation.of("comment", request -> text(request, body -> "/* c */" + body)),
                Mutation.of("NaN", request -> text(request, body -> body.replaceFirst(":[0-9]+", ":NaN"))),
                Mutation.of("array instead of object", request -> text(request, body -> "[" + body + "]")),
                Mutation.of("JSON null", request -> text(request, body -> "null")));
    }

    private static Arbitrary<Mutation> oversized() {
        return Arbitraries.of(false, true).map(chunked -> Mutation.expecting(413, "oversized body" + (chunked ? ", chunked" : ""),
                request -> {
                    String body = "{\"pad\":\"" + "p".repeat(1_100_000) + "\"}";
                    RawRequest big = request.body(body.getBytes(StandardCharsets.UTF_8));
                    return chunked ? big.withChunkedTransfer() : big;
                }));
    }

    private static RawRequest tree(RawRequest request, java.util.function.Consumer<JsonNode> edit, String literal) {
        return text(request, body -> {
            try {
                JsonNode root = ValidRequests.MAPPER.readTree(body);
                edit.accept(root);
                return ValidRequests.MAPPER.writeValueAsString(root).replace("\"" + RAW + "\"", literal);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static RawRequest text(RawRequest request, java.util.function.UnaryOperator<String> edit) {
        return bytes(request, body -> edit.apply(new String(body, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
    }

    private static RawRequest bytes(RawRequest request, java.util.function.UnaryOperator<byte[]> edit) {
        return request.body(edit.apply(request.body().orElse("{}".getBytes(StandardCharsets.UTF_8))));
    }

    /** Every (container, key-or-index) in the tree, the root's own fields first. */
    private static List<Object[]> slots(JsonNode root) {
        List<Object[]> slots = new ArrayList<>();
        for (JsonNode container : containers(root)) {
            if (container instanceof ObjectNode object) {
                object.fieldNames().forEachRemaining(name -> slots.add(new Object[] {object, name}));
            } else {
                for (int i = 0; i < container.size(); i++) {
                    slots.add(new Object[] {container, i});
                }
            }
        }
        return slots.isEmpty() ? List.<Object[]>of(new Object[] {root, "x"}) : slots;
    }

    private static List<ObjectNode> objects(JsonNode root) {
        List<ObjectNode> objects = new ArrayList<>();
        containers(root).forEach(node -> {
            if (node instanceof ObjectNode object) {
                objects.add(object);
            }
        });
        return objects;
    }

    private static List<JsonNode> containers(JsonNode root) {
        List<JsonNode> found = new ArrayList<>();
        if (root.isContainerNode()) {
            found.add(root);
            root.elements().forEachRemaining(child -> found.addAll(containers(child)));
        }
        return found;
    }

    static String abbreviate(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…(" + text.length() + ")" : text;
    }
}
