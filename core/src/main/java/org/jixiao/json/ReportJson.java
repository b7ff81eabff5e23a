// SPDX-License-Identifier: Apache-2.0
package org.jixiao.json;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.jixiao.internal.json.JsonErrors;
import org.jixiao.internal.json.JsonInput;
import org.jixiao.internal.json.JsonOutput;
import org.jixiao.internal.json.StrictJsonMapper;
import org.jixiao.report.Report;

/**
 * The one way in and out of JSON for a {@link Report}: strict reading, deterministic writing, the
 * plain tree templates use, and the JSON Schema for forms. Property names are the record component
 * names ({@code GLOSSARY.md}); no annotation in the model.
 *
 * <h2>Reading</h2>
 * Input is one JSON object in UTF-8, at most 20 000 000 bytes; one leading byte order mark (U+FEFF) is
 * skipped, as RFC 8259 §8.1 allows, because Windows tools write one — any other BOM, UTF-16 and
 * malformed UTF-8 are errors. The reader is strict: an unknown property (also {@code "@class"}: no
 * polymorphic typing, ever), a duplicate key, content after the object, a string where a number
 * belongs or a number where text belongs ({@code "12.5"}, {@code 12}: nothing is coerced), exponent
 * notation or non-finite numbers ({@code 1e3}, {@code NaN}), a date other than {@code "2023-05-07"},
 * an enum not spelled as its constant ({@code "TEN_THOUSAND_YUAN"}) or null for a yes/no are each
 * a {@link MalformedReportException} with a stable code, line, column and JSON Pointer; so are texts
 * over 2 000 000 chars, nesting over 64 levels, numbers over 100 chars and names over 256 chars.
 * Amounts keep exactly the digits written: {@code 4659.17} is {@code BigDecimal} scale 2, never a double.
 *
 * <p><b>What this layer leaves to validation.</b> A missing property or {@code null} for a required
 * object, text, number, date or enum is accepted here and reported by {@code org.jixiao.validation} as
 * {@code required} with its path, so a form sees every missing field at once. A missing or null list is
 * an empty list. Escaped control characters and lone surrogates inside strings (<code>"&#92;u0001"</code>,
 * <code>"&#92;ud800"</code>) reach the report unchanged, for validation's text rules to reject them by path.
 * Only null for a {@code Boolean} (a yes/no must say which) is rejected here.
 *
 * <h2>Writing</h2>
 * UTF-8 without BOM, two-space indent, {@code \n} line ends and a final newline, properties in record
 * component order, map entries ({@code sections}) in key order, amounts in plain notation with their
 * own scale, dates {@code YYYY-MM-DD}. Null components, empty lists and empty maps are left out
 * (reading them back gives an equal report); unpaired
 * surrogates are written as {@code \}{@code uXXXX} escapes so the output stays valid UTF-8. The bytes
 * depend on the report only, not on the default locale, time zone or platform.
 *
 * <p>Thread-safe; the mapper is built once and never reconfigured.
 *
 * @since 0.1.0
 */
public final class ReportJson {
    private static final JsonMapper MAPPER = StrictJsonMapper.create();
    private static final String SCHEMA_RESOURCE = "report.schema.json";

    private ReportJson() {}

    /**
     * Reads a report from UTF-8 JSON bytes (see the class comment for what is rejected). Reads at most
     * 20 000 000 bytes, then fails; does not close the stream.
     *
     * @throws MalformedReportException when the input is not a report's JSON
     * @throws UncheckedIOException when the stream cannot be read
     */
    public static Report read(InputStream in) {
        Objects.requireNonNull(in, "in");
        return parse(JsonInput.readUtf8(in));
    }

    /**
     * Reads a report from JSON text (see the class comment for what is rejected).
     *
     * @throws MalformedReportException when the text is not a report's JSON
     */
    public static Report read(String json) {
        Objects.requireNonNull(json, "json");
        return parse(json);
    }

    private static Report parse(String json) {
        String text = JsonInput.checkText(json);
        try (JsonParser p = MAPPER.createParser(text)) {
            Report report;
            try {
                report = MAPPER.readValue(p, Report.class);
            } catch (JacksonException e) {
                throw JsonErrors.translate(e, p, text, MAPPER.getFactory());
            }
            if (report == null) {
                throw JsonErrors.rootNull(
                        p.currentTokenLocation().getLineNr(),
                        p.currentTokenLocation().getColumnNr());
            }
            return report;
        } catch (IOException e) {
            // Reading from a String: only Jackson's own exceptions, handled above, can occur.
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes a report as UTF-8 JSON (see the class comment for the layout) and flushes; does not
     * close the stream. Nothing is written if the report cannot be serialised.
     *
     * @throws UncheckedIOException when the stream cannot be written
     */
    public static void write(Report report, OutputStream out) {
        Objects.requireNonNull(out, "out");
        byte[] bytes = write(report).getBytes(StandardCharsets.UTF_8);
        try {
            out.write(bytes);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The report as JSON text (see the class comment for the layout), ending with a newline. */
    public static String write(Report report) {
        Objects.requireNonNull(report, "report");
        try {
            return JsonOutput.escapeLoneSurrogates(Writer.INSTANCE.writeValueAsString(report)) + "\n";
        } catch (JacksonException e) {
            throw new IllegalStateException("cannot write the report as JSON", e);
        }
    }

    /**
     * The JSON Schema (Draft 2020-12) of a report, pretty-printed, with the official Chinese terms as
     * titles: for OA front ends to check their forms. It describes what {@link #write(Report)}
     * produces and what a valid report needs ({@code required}, {@code minItems}, {@code minimum},
     * {@code pattern} from the model's constraints); {@code additionalProperties} is false
     * everywhere, as the reader is strict. Cross-field rules (sums, dates in order) are only checked
     * by validation. Generated from the model by victools jsonschema-generator at build time; a test
     * keeps the shipped schema equal to the generated one.
     */
    public static String schema() {
        try (InputStream in = ReportJson.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + SCHEMA_RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The writer, made on first use: building it builds the serialisers of every model type, which
     * a program that only reads reports (rendering, validating) should not pay for at start-up.
     */
    private static final class Writer {
        static final ObjectWriter INSTANCE = MAPPER.writerFor(Report.class).with(JsonOutput.prettyPrinter());
    }
}
