// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.lint;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A node of a JSON Schema, with {@code $ref} (to {@code #/...} in the same document) followed and
 * nullable unions ({@code anyOf}/{@code oneOf} with {@code {"type": "null"}}, {@code type: [x, "null"]})
 * reduced to the non-null branch. The subset of draft 2020-12 the lint understands.
 */
final class Schema {
    private static final int MAX_REFS = 32;

    private final JsonNode root;
    final JsonNode node;

    private Schema(JsonNode root, JsonNode node) {
        this.root = root;
        this.node = node;
    }

    static Schema root(JsonNode root) {
        return new Schema(root, root).resolved();
    }

    /** Follows references and nullable unions; an unresolvable reference gives an empty schema. */
    private Schema resolved() {
        JsonNode n = node;
        for (int i = 0; i < MAX_REFS && n != null; i++) {
            if (n.has("$ref")) {
                String ref = n.get("$ref").asText();
                n = ref.startsWith("#") ? root.at(ref.substring(1)) : null;
                continue;
            }
            JsonNode union = n.has("anyOf") ? n.get("anyOf") : n.has("oneOf") ? n.get("oneOf") : null;
            if (union != null && union.isArray() && !n.has("type") && !n.has("properties")) {
                JsonNode only = null;
                for (JsonNode alt : union) {
                    if (!"null".equals(alt.path("type").asText())) {
                        only = only == null ? alt : null;
                    }
                }
                if (only != null) {
                    n = only;
                    continue;
                }
            }
            break;
        }
        return new Schema(
                root,
                n == null || n.isMissingNode() ? com.fasterxml.jackson.databind.node.MissingNode.getInstance() : n);
    }

    /** The declared types, without {@code null}; empty when the schema says nothing. */
    Set<String> types() {
        Set<String> out = new LinkedHashSet<>();
        JsonNode t = node.get("type");
        if (t != null && t.isArray()) {
            t.forEach(x -> out.add(x.asText()));
        } else if (t != null) {
            out.add(t.asText());
        } else if (node.has("properties")) {
            out.add("object");
        } else if (node.has("items")) {
            out.add("array");
        }
        out.remove("null");
        return out;
    }

    boolean is(String type) {
        return types().contains(type);
    }

    String format() {
        return node.path("format").asText("");
    }

    /** The schema of property {@code name}, or null if the object declares no such property. */
    Schema property(String name) {
        JsonNode p = node.path("properties").get(name);
        return p == null ? null : new Schema(root, p).resolved();
    }

    Iterable<String> propertyNames() {
        return () -> node.path("properties").fieldNames();
    }

    boolean required(String name) {
        for (JsonNode r : node.path("required")) {
            if (r.asText().equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** The item schema of an array, or null. */
    Schema items() {
        JsonNode i = node.get("items");
        return i == null || !i.isObject() ? null : new Schema(root, i).resolved();
    }

    boolean isScalar() {
        Set<String> t = types();
        return !t.isEmpty() && !t.contains("object") && !t.contains("array");
    }
}
