// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jixiao.docx.internal.compile.Problems;
import org.jixiao.docx.internal.engine.Compiled;
import org.jixiao.docx.internal.engine.PackageRenderer;
import org.jixiao.docx.internal.engine.TemplateCompiler;
import org.jixiao.docx.internal.lint.Lint;
import org.jixiao.docx.internal.load.Entries;
import org.jixiao.docx.internal.load.Limits;
import org.jixiao.docx.internal.plan.TemplateProblems;
import org.jixiao.validation.Problem;

/**
 * A compiled .docx template: compile once, render many times. See {@code TEMPLATE-SYNTAX.md} for
 * the placeholders, sections and the missing-data policy.
 *
 * <p>Immutable and thread-safe: any number of threads may render one instance at once. A render
 * never parses the template again and never touches docx4j or JAXB; its output is byte-for-byte
 * the same for the same template and data, whatever the default locale and time zone. Each thread
 * that renders keeps one reusable buffer of the size of the largest rendered part (at most 4 MiB).
 * Compiling loads docx4j once; the first compile in a JVM pays its start-up (about 2 s). The
 * {@linkplain OfficialTemplate official templates} were compiled when jixiao was built and load in
 * milliseconds, without docx4j.
 *
 * @since 0.1.0
 */
public final class DocxTemplate {
    private final Compiled compiled;
    private final RenderLimits limits;

    private DocxTemplate(Compiled compiled, RenderLimits limits) {
        this.compiled = compiled;
        this.limits = limits;
    }

    /** A template compiled earlier (the official ones, at build time), with the default limits. */
    static DocxTemplate of(Compiled compiled) {
        return new DocxTemplate(Objects.requireNonNull(compiled, "compiled"), RenderLimits.DEFAULT);
    }

    /** {@link #compile(InputStream, RenderLimits)} with {@link RenderLimits#DEFAULT}. */
    public static DocxTemplate compile(InputStream docx) {
        return compile(docx, RenderLimits.DEFAULT);
    }

    /**
     * Reads (at most 20 MiB), checks and compiles a template whose renders keep to {@code limits}. The
     * stream is read to its end and not closed.
     *
     * @throws TemplateException listing every problem found: unsafe or unreadable package,
     *     malformed or mismatched markers, unknown formats, loops nested deeper than
     *     {@link RenderLimits#maxLoopDepth()}
     * @throws UncheckedIOException if reading fails
     */
    public static DocxTemplate compile(InputStream docx, RenderLimits limits) {
        Objects.requireNonNull(docx, "docx");
        Objects.requireNonNull(limits, "limits");
        byte[] bytes;
        try {
            bytes = Entries.readCapped(docx, Limits.MAX_TEMPLATE_BYTES);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Entries.Rejected e) {
            throw new TemplateException(List.of(Problems.Code.PACKAGE_TOO_LARGE.at(
                    TemplateProblems.PACKAGE, "", "", Integer.toString(Limits.MAX_TEMPLATE_BYTES))));
        }
        return new DocxTemplate(TemplateCompiler.compile(bytes, limits), limits);
    }

    /**
     * Renders {@code data} and writes the .docx to {@code out}, which is not closed. The data tree
     * holds Map (String keys), List, String, BigDecimal, Integer, Long, Boolean and LocalDate;
     * absent and null are the same.
     *
     * @throws TemplateDataException listing every data problem, or the problems found until the
     *     render reached one of the template's {@link #limits()}; then nothing was written to
     *     {@code out}
     * @throws UncheckedIOException if writing to {@code out} fails
     */
    public void render(Map<String, ?> data, OutputStream out) {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(out, "out");
        byte[] docx = PackageRenderer.render(compiled, data, limits);
        try {
            out.write(docx);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The limits every render of this template keeps to. */
    public RenderLimits limits() {
        return limits;
    }

    /**
     * What compiling accepted but changed or suspects, each with a stable code:
     * {@code template.attached-template.dropped}, a template attached on its author's machine, left out
     * of every render; {@code template.placeholder.full-width-braces}, text such as {@code ｛｛unit.name｝｝}
     * that looks like a marker typed with full-width braces and is printed as is. Empty for most templates.
     */
    public List<Problem> warnings() {
        return compiled.warnings();
    }

    /** Every placeholder and section marker of the template, in document order (headers and footers by part). */
    public List<TemplateField> fields() {
        return compiled.fields();
    }

    /**
     * Checks the template against a JSON Schema of its data (draft 2020-12 subset: {@code type},
     * {@code properties}, {@code items}, {@code required}, {@code format: date}, {@code $ref} to
     * {@code #/$defs/…}). Returns every problem; {@code lint.required.not-placed} is a warning.
     */
    public List<Problem> lint(String jsonSchema) {
        Objects.requireNonNull(jsonSchema, "jsonSchema");
        return Lint.check(fields(), jsonSchema);
    }
}
