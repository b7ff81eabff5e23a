// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.lint;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jixiao.docx.TemplateField;
import org.jixiao.docx.internal.compile.Problems;
import org.jixiao.docx.internal.plan.Path;
import org.jixiao.format.NumberingStyle;
import org.jixiao.format.TextFormat;
import org.jixiao.format.ValueKind;
import org.jixiao.validation.Problem;

/**
 * Checks a template's fields against a JSON Schema of its data, with the renderer's scoping: inside
 * a loop a path is looked up in the item schema first, then outward. Reports unknown paths, loops
 * over non-arrays, values that are objects, arrays or booleans, formats of the wrong type, pictures and
 * links over fields that are not objects, and
 * (as warnings) required fields the template never places. Paths in messages are schema paths,
 * {@code projects[].name}.
 */
public final class Lint {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final List<Problem> problems = new ArrayList<>();
    private final Set<String> placed = new HashSet<>();

    private Lint() {}

    public static List<Problem> check(List<TemplateField> fields, String schemaJson) {
        Lint lint = new Lint();
        JsonNode json;
        try {
            json = MAPPER.readTree(schemaJson);
        } catch (Exception | StackOverflowError e) {
            String m = e.getMessage() == null
                    ? e.getClass().getSimpleName()
                    : e.getMessage().lines().findFirst().orElse("");
            return List.of(Problems.Code.LINT_SCHEMA_INVALID.at("(schema)", "", "", m));
        }
        if (json == null || !json.isObject()) {
            return List.of(Problems.Code.LINT_SCHEMA_INVALID.at("(schema)", "", "", "not a JSON object"));
        }
        Schema root = Schema.root(json);
        for (TemplateField f : fields) {
            lint.field(root, f);
        }
        new Required(lint.placed, lint.problems).walk(root, "");
        return List.copyOf(lint.problems);
    }

    private void field(Schema root, TemplateField f) {
        List<Scope> chain = new ArrayList<>();
        chain.add(new Scope(root, ""));
        for (String loop : f.loops()) {
            Scope list = Scope.resolve(chain, Path.of(loop));
            if (list == null || !list.schema().is("array") || list.schema().items() == null) {
                return; // the loop's own field reports it
            }
            chain.add(0, new Scope(list.schema().items(), list.path() + "[]"));
        }
        Scope s = Scope.resolve(chain, Path.of(f.path()));
        String snippet = snippet(f);
        if (s == null) {
            report(Problems.Code.LINT_UNKNOWN_PATH, f, snippet, qualified(chain, f.path()));
            return;
        }
        placed.add(s.path());
        switch (f.kind()) {
            case LOOP -> {
                if (!s.schema().types().isEmpty()
                        && !s.schema().is("array")
                        && !s.schema().is("boolean")) {
                    report(Problems.Code.LINT_NOT_A_LIST, f, snippet, s.path());
                }
            }
            case VALUE, PARAGRAPH_VALUE -> value(f, s, snippet);
            case IMAGE, LINK -> {
                // a picture or a link is an object of the application's (Image, Link), never a text,
                // number, boolean or list of the data
                if (!s.schema().types().isEmpty() && !s.schema().is("object")) {
                    report(
                            Problems.Code.LINT_NOT_AN_OBJECT,
                            f,
                            snippet,
                            s.path(),
                            String.join("/", s.schema().types()));
                }
            }
            default -> {}
        }
    }

    private void value(TemplateField f, Scope s, String snippet) {
        Schema v = s.schema();
        if (!f.format().isEmpty()) {
            if (f.kind() == TemplateField.Kind.PARAGRAPH_VALUE && v.is("array") && v.items() != null) {
                v = v.items();
            }
            format(f, s.path(), v, snippet);
            return;
        }
        boolean listParagraph = f.kind() == TemplateField.Kind.PARAGRAPH_VALUE
                && v.is("array")
                && (v.items() == null || v.items().isScalar() && !v.items().is("boolean"));
        if (!listParagraph && (v.is("object") || v.is("array") || v.is("boolean"))) {
            report(Problems.Code.LINT_NOT_TEXT, f, snippet, s.path());
        }
    }

    private void format(TemplateField f, String path, Schema v, String snippet) {
        Set<String> types = v.types();
        if (types.isEmpty()) {
            return;
        }
        ValueKind kind = TextFormat.byName(f.format())
                .map(TextFormat::accepts)
                .orElse(NumberingStyle.byLabel(f.format()).isPresent() ? ValueKind.INTEGER : null);
        if (kind == null) {
            return;
        }
        boolean ok =
                switch (kind) {
                    case NUMBER -> types.contains("number") || types.contains("integer");
                    case INTEGER -> types.contains("integer");
                    case DATE -> types.contains("string") && v.format().equals("date");
                    case TEXT -> types.contains("string");
                };
        if (!ok) {
            String needs =
                    switch (kind) {
                        case NUMBER -> "number/integer";
                        case INTEGER -> "integer";
                        case DATE -> "string (format: date)";
                        case TEXT -> "string";
                    };
            String has = String.join("/", types) + (v.format().isEmpty() ? "" : " (format: " + v.format() + ")");
            report(Problems.Code.LINT_FORMAT_TYPE, f, snippet, f.format(), needs, path, has);
        }
    }

    private void report(Problems.Code code, TemplateField f, String snippet, String... args) {
        problems.add(code.at(f.part(), f.location(), snippet, args));
    }

    /** The path as the template means it, for an unknown path: relative to the innermost loop item. */
    private static String qualified(List<Scope> chain, String path) {
        String prefix = chain.get(0).path();
        if (path.equals(".")) {
            return prefix;
        }
        return prefix.isEmpty() ? path : prefix + "." + path;
    }

    private static String snippet(TemplateField f) {
        String opt = f.format().isEmpty() ? "" : "|" + f.format();
        return switch (f.kind()) {
            case LOOP -> "{{#" + f.path() + "}}";
            case IF_PRESENT -> "{{?" + f.path() + "}}";
            case IF_ABSENT -> "{{^" + f.path() + "}}";
            default -> "{{" + f.path() + opt + "}}";
        };
    }
}
