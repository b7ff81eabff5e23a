// SPDX-License-Identifier: Apache-2.0
package org.jixiao.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jixiao.Lang;
import org.jixiao.json.MalformedReportException;
import org.jixiao.validation.Problem;
import org.jixiao.validation.ValidationResult;

/**
 * The output of {@code validate --format json}, for scripts: one object, UTF-8, two-space indent,
 * keys in a fixed order, {@code \n} line ends and a final newline.
 *
 * <pre>
 * {"file": "a.json", "status": "valid" | "invalid" | "unreadable", "errors": 0, "warnings": 2,
 *  "problems": [{"severity": "ERROR" | "WARNING", "code": …, "path": JSON Pointer,
 *                "value": text or null, "suggestion": text or null, "message": in --lang}]}
 * </pre>
 *
 * An unreadable file has one problem, which also has {@code "line"} and {@code "column"} (1-based;
 * 0 when the problem has no position).
 */
final class ValidationJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectWriter WRITER = JsonMapper.builder()
            .build()
            .writer(new DefaultPrettyPrinter()
                    .withSeparators(
                            Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    private ValidationJson() {}

    static String of(String file, ValidationResult result, Lang lang) {
        ObjectNode root = head(
                file,
                result.hasErrors() ? "invalid" : "valid",
                result.errors().size(),
                result.warnings().size());
        ArrayNode problems = root.putArray("problems");
        for (Problem p : result.problems()) {
            put(problems.addObject(), p, null, lang);
        }
        return write(root);
    }

    /** The same shape: the reader's one problem, with the line and column it stopped at. */
    static String unreadable(String file, MalformedReportException e, Lang lang) {
        ObjectNode root = head(file, "unreadable", e.problems().size(), 0);
        ArrayNode problems = root.putArray("problems");
        for (Problem p : e.problems()) {
            put(problems.addObject(), p, e, lang);
        }
        return write(root);
    }

    /** One problem; {@code at}, when not null, adds its line and column after the path. */
    private static void put(ObjectNode o, Problem p, MalformedReportException at, Lang lang) {
        o.put("severity", p.severity().name());
        o.put("code", p.code());
        o.put("path", p.path());
        if (at != null) {
            o.put("line", at.line());
            o.put("column", at.column());
        }
        o.put("value", p.value());
        o.put("suggestion", p.suggestion());
        o.put("message", p.message(lang));
    }

    private static ObjectNode head(String file, String status, int errors, int warnings) {
        ObjectNode root = NODES.objectNode();
        root.put("file", file);
        root.put("status", status);
        root.put("errors", errors);
        root.put("warnings", warnings);
        return root;
    }

    private static String write(ObjectNode root) {
        try {
            return WRITER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a JSON tree", e);
        }
    }
}
