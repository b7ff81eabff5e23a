// SPDX-License-Identifier: Apache-2.0
package org.jixiao.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jixiao.testing.internal.PackageParts;
import org.jixiao.testing.internal.PartValidator;

/**
 * Checks every XML part of a .docx against the ISO/IEC 29500-4 transitional schemas, the ones
 * Word enforces: LibreOffice opens documents whose children are out of schema order ({@code w:jc}
 * before {@code w:ind}, say) where Word reports unreadable content, so a test that only opens the
 * output in LibreOffice or docx4j does not catch them.
 *
 * <p>Which schema: the root element decides, among {@code wml.xsd} (document, styles, settings,
 * numbering, headers, footers, footnotes, endnotes, comments, fontTable, webSettings), DrawingML
 * (themes, charts, diagrams, and drawings inside the document), VML, the OPC schemas
 * ({@code [Content_Types].xml}, every {@code .rels}, {@code docProps/core.xml}), the extended and
 * custom properties ({@code docProps/app.xml}, {@code docProps/custom.xml}), custom XML properties,
 * bibliography, and Word's w14–w16 schemas for parts rooted in them ({@code word/people.xml},
 * {@code commentsExtended.xml}…). A part declared with the plain {@code application/xml} content
 * type (custom XML data) may hold any vocabulary and is only checked to be well-formed; any other
 * part whose root no schema declares is a problem.
 *
 * <p>Before validating, markup compatibility is applied as a consumer of the standard does:
 * markup of namespaces listed in {@code mc:Ignorable} that the standard does not define (w14, w15,
 * wp14…) is dropped, and each {@code mc:AlternateContent} is replaced by its first {@code mc:Choice}
 * requiring only namespaces of the standard, else by its {@code mc:Fallback}. So Word's extensions
 * are not checked, and the fallback Word writes for other readers is.
 *
 * <p>The schemas ship inside this jar and load from the classpath; no external DTD, schema or
 * entity is ever read, and a part with a DOCTYPE is a problem. The first check compiles the schemas
 * (once per JVM, the slow part of a check); later checks reuse them. Thread-safe.
 *
 * <pre>{@code
 * byte[] docx = ...; // a render under test
 * OoxmlSchemas.assertValid(docx);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class OoxmlSchemas {
    /** At most this many problems are spelled out by {@link #assertValid}. */
    private static final int LISTED = 200;

    private OoxmlSchemas() {}

    /** Every problem of every XML part of {@code docx}, in zip order; empty when all parts are valid. */
    public static List<SchemaProblem> check(byte[] docx) {
        List<SchemaProblem> problems = new ArrayList<>();
        PackageParts parts = PackageParts.read(docx, problems);
        for (Map.Entry<String, byte[]> e : parts.entries().entrySet()) {
            String name = e.getKey();
            if (parts.isXml(name)) {
                problems.addAll(PartValidator.validate(name, e.getValue(), parts.isFreeForm(name)));
            }
        }
        return List.copyOf(problems);
    }

    /** {@link #check(byte[])} of the file {@code docx}; throws {@link UncheckedIOException} if it cannot be read. */
    public static List<SchemaProblem> check(Path docx) {
        return check(read(docx));
    }

    /**
     * Fails with an {@link AssertionError} listing every problem of {@code docx}, one per line as
     * {@code part:line:column element: message}; returns normally when every part is valid.
     */
    public static void assertValid(byte[] docx) {
        fail(check(docx), "the .docx");
    }

    /** {@link #assertValid(byte[])} of the file {@code docx}. */
    public static void assertValid(Path docx) {
        fail(check(docx), docx.toString());
    }

    private static void fail(List<SchemaProblem> problems, String what) {
        if (problems.isEmpty()) {
            return;
        }
        StringBuilder sb = new StringBuilder()
                .append(what)
                .append(" breaks the ISO/IEC 29500 transitional schemas (Word refuses what LibreOffice may open), ")
                .append(problems.size())
                .append(problems.size() == 1 ? " problem:" : " problems:");
        for (int i = 0; i < Math.min(LISTED, problems.size()); i++) {
            sb.append("\n  ").append(problems.get(i));
        }
        if (problems.size() > LISTED) {
            sb.append("\n  … and ").append(problems.size() - LISTED).append(" more");
        }
        throw new AssertionError(sb.toString());
    }

    private static byte[] read(Path docx) {
        try {
            return Files.readAllBytes(docx);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
