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
import org.jixiao.docx.internal.engine.Precompiled;
import org.jixiao.docx.internal.engine.TemplateCompiler;
import org.jixiao.docx.internal.lint.Lint;
import org.jixiao.docx.internal.load.Capped;
import org.jixiao.docx.internal.plan.TemplateProblems;
import org.jixiao.docx.internal.preflight.PreflightLimits;
import org.jixiao.validation.Problem;

/**
 * A compiled .docx template: compile once, render many times. See {@code TEMPLATE-SYNTAX.md} for
 * the placeholders, sections and the missing-data policy.
 *
 * <p>Immutable and thread-safe: any number of threads may render one instance at once. A render
 * never parses the template again; its output is byte-for-byte
 * the same for the same template and data, whatever the default locale and time zone. Renders reuse
 * their buffers: at most 4 of at most 1 MiB each are kept between renders, for the whole JVM however many
 * threads render; a larger part gets a buffer of its own that is dropped after its render.
 * Compiling reads the package once with the JDK's own XML parser; neither compiling nor rendering
 * uses docx4j.
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

    static {
        // templates compiled ahead of time (the official ones, at build time) get the default limits
        Precompiled.factory(compiled -> new DocxTemplate(compiled, RenderLimits.DEFAULT));
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
        int max = (int) PreflightLimits.DEFAULT.maxTemplateBytes();
        byte[] bytes;
        try {
            bytes = Capped.read(docx, max);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (bytes == null) {
            throw new TemplateException(List.of(
                    Problems.Code.PACKAGE_TOO_LARGE.at(TemplateProblems.PACKAGE, "", "", Integer.toString(max))));
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
        Objects.requireNonNull(out, "out");
        byte[] docx = render(data);
        try {
            out.write(docx);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Renders {@code data} as {@link #render(Map, OutputStream)} does and returns the .docx: the bytes
     * the render produced, not a copy; the caller owns the array.
     *
     * @throws TemplateDataException as {@link #render(Map, OutputStream)}
     * @since 0.2.0
     */
    public byte[] render(Map<String, ?> data) {
        Objects.requireNonNull(data, "data");
        return PackageRenderer.render(compiled, data, limits);
    }

    /** The limits every render of this template keeps to. */
    public RenderLimits limits() {
        return limits;
    }

    /**
     * What compiling accepted but changed or suspects, each with a stable code:
     * {@code template.attached-template.dropped}, a template attached on its author's machine, left out
     * of every render; {@code template.placeholder.full-width-braces}, text such as {@code ｛｛unit.name｝｝}
     * that looks like a marker typed with full-width braces and is printed as is;
     * {@code template.comments.removed}, the template's comments, left out of every render. Empty for most
     * templates.
     */
    public List<Problem> warnings() {
        return compiled.warnings();
    }

    /**
     * Every placeholder and section marker of the template, in document order (headers and footers by
     * part; a footnote's or endnote's where its first reference is, inside the loops around it).
     */
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
