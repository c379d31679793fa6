/**
 * The JSON kernel, written once for the whole product.
 * <ul>
 *   <li>{@link io.runledger.format.json.Json}: parse text, write canonical text (RFC 8785).</li>
 *   <li>{@link io.runledger.format.json.JsonValue}: the parsed tree (sealed: object, array, string, number, boolean, null).</li>
 *   <li>{@code JsonParser}, {@code JsonCursor}, {@code JsonStrings}: the one strict RFC 8259 parser and its limits;
 *       {@code JsonNumbers}: reading a number token; {@code ValuePath}: the JSON path of the value being read, for messages.</li>
 *   <li>{@link io.runledger.format.json.CanonicalWriter}: the RFC 8785 writer; {@link io.runledger.format.json.EcmaNumber}: ECMAScript
 *       number text, from {@code ShortestDigits} (Schubfach, from jackson-core).</li>
 *   <li>{@link io.runledger.format.json.JsonBytes}: the same text written straight into UTF-8 bytes, for the
 *       record lines that are hashed and written by the million (the escapes are {@code CanonicalWriter}'s).</li>
 *   <li>{@link io.runledger.format.json.JsonFields}: the one typed, strict reader of an object's members.</li>
 * </ul>
 */
package io.runledger.format.json;
