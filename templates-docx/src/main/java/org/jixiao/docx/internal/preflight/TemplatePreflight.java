// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.preflight;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.docx.TemplateProblem;

/**
 * Checks a template's raw bytes before docx4j sees them (reliability.md §1 and §2.B).
 * Contract: returns every problem found, empty when the package is safe to load; never throws
 * for bad input; bounded in time and memory whatever the bytes are (the ZIP is inflated under
 * {@link PreflightLimits}, each XML part is streamed once).
 *
 * <p>Checks and codes: ZIP structure ({@code template.zip.not-a-zip}, {@code .too-large},
 * {@code .too-many-entries}, {@code .bomb}, {@code .duplicate-entry}, {@code .unsafe-name},
 * {@code .encrypted}, {@code .corrupt}, {@code .inconsistent}); required parts
 * ({@code template.package.missing-part}); any DOCTYPE ({@code template.doctype}); ill-formed XML
 * ({@code template.xml.malformed}); macros ({@code template.macro}); ActiveX ({@code template.activex});
 * OLE ({@code template.ole}); altChunk ({@code template.altchunk}); external relationships other than
 * hyperlinks ({@code template.external-relationship}, see {@link RelationshipCheck}); DDE, INCLUDETEXT,
 * INCLUDEPICTURE, IMPORT, LINK fields ({@code template.field.forbidden}); cyclic {@code w:basedOn}
 * ({@code template.styles.cyclic-based-on}). Thread-safe: no shared state.
 */
public final class TemplatePreflight {
    private static final String CONTENT_TYPES = "[Content_Types].xml";

    private TemplatePreflight() {}

    /** {@link #check(byte[], PreflightLimits)} with {@link PreflightLimits#DEFAULT}. */
    public static List<TemplateProblem> check(byte[] docx) {
        return check(docx, PreflightLimits.DEFAULT);
    }

    /** Every problem in {@code docx} (null counts as "not a ZIP"), in the order found; empty when safe. */
    public static List<TemplateProblem> check(byte[] docx, PreflightLimits limits) {
        Findings out = new Findings();
        try {
            ZipScan scan = BoundedZipReader.read(docx, limits);
            out.addAll(scan.problems());
            if (scan.parts().isEmpty() && !scan.problems().isEmpty()) {
                return out.list();
            }
            Findings parts = new Findings();
            String main = null;
            for (ZipPart p : scan.parts()) {
                TemplateProblem byName = ActiveContent.byName(p);
                if (byName != null) {
                    parts.addOnce(byName);
                }
                if (p.xml() != null) {
                    String m = scanPart(p, parts);
                    main = m != null ? m : main;
                }
            }
            if (scan.complete()) {
                requireParts(scan, main, out);
            }
            out.addAll(parts.list());
        } catch (RuntimeException | StackOverflowError e) {
            // A defect of ours must not pass a template as safe: fail closed, as a value.
            out.add(new TemplateProblem(
                    "template.preflight.failed",
                    "(package)",
                    "",
                    e.getClass().getSimpleName(),
                    "模板安全检查意外失败，已按不安全处理；请报告此问题并附上模板。",
                    "the template safety check failed unexpectedly and the template is treated as unsafe; please"
                            + " report this with the template."));
        }
        return out.list();
    }

    /** Streams one XML part through the checks that apply; returns the main document name from {@code _rels/.rels}. */
    private static String scanPart(ZipPart p, Findings out) {
        String name = p.name();
        boolean strict = name.endsWith(".xml") || name.endsWith(".rels");
        List<PartVisitor> visitors = new ArrayList<>();
        RelationshipCheck rels = null;
        if (name.equals(CONTENT_TYPES)) {
            visitors.add(new ContentTypeCheck(name, out));
        } else if (name.endsWith(".rels")) {
            rels = new RelationshipCheck(name, out);
            visitors.add(rels);
        } else {
            visitors.add(new FieldCheck(name, out));
            visitors.add(new ActiveElements(name, out));
            visitors.add(new StyleCycles(name));
        }
        PartScan.scan(name, p.xml(), strict, visitors, out);
        return rels == null ? null : rels.officeDocument();
    }

    private static void requireParts(ZipScan scan, String main, Findings out) {
        if (scan.part(CONTENT_TYPES).isEmpty()) {
            out.add(PartProblems.missing(CONTENT_TYPES));
        }
        String document = main != null ? main : "word/document.xml";
        if (scan.part(document).isEmpty()) {
            out.add(PartProblems.missing(document));
        }
    }
}
