// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.preflight;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.docx.internal.plan.TemplateProblems;
import org.jixiao.docx.internal.xml.XmlReadException;
import org.jixiao.validation.Problem;

/**
 * Checks a template's raw bytes before docx4j sees them.
 * Contract: returns every problem found, empty when the package is safe to load; never throws
 * for bad input; bounded in time and memory whatever the bytes are (the ZIP is inflated under
 * {@link PreflightLimits}, each XML part is streamed once). Part names, extensions and relationship
 * types are compared without regard to case, as OPC and Word compare them.
 *
 * <p>Checks and codes: ZIP structure ({@code template.zip.not-a-zip}, {@code .too-large},
 * {@code .too-many-entries}, {@code .bomb}, {@code .duplicate-entry}, {@code .unsafe-name},
 * {@code .encrypted}, {@code .corrupt}, {@code .inconsistent}); required parts
 * ({@code template.package.missing-part}); any DOCTYPE ({@code template.doctype}); an XML part (named
 * {@code *.xml} or {@code *.rels}, or of an XML content type) not in UTF-8 or UTF-16 with a byte-order
 * mark ({@code template.xml.encoding}) or ill-formed ({@code template.xml.malformed}); macros
 * ({@code template.macro}); ActiveX ({@code template.activex}); OLE ({@code template.ole}); altChunk
 * ({@code template.altchunk}); external relationships other than hyperlinks
 * ({@code template.external-relationship}, see {@link RelationshipCheck}); DDE, INCLUDETEXT,
 * INCLUDEPICTURE, IMPORT, LINK fields ({@code template.field.forbidden}); cyclic {@code w:basedOn}
 * ({@code template.styles.cyclic-based-on}). Warning: a local attached template, left out of the
 * output ({@code template.attached-template.dropped}). Thread-safe: no shared state.
 */
public final class TemplatePreflight {
    private static final String CONTENT_TYPES = "[Content_Types].xml";

    /**
     * What the pre-flight found.
     *
     * @param problems why the template is refused; empty when it is safe to load
     * @param warnings what is accepted but worth saying
     * @param detached relationships the output must leave out
     */
    public record Result(List<Problem> problems, List<Problem> warnings, List<Detached> detached) {
        public Result {
            problems = List.copyOf(problems);
            warnings = List.copyOf(warnings);
            detached = List.copyOf(detached);
        }
    }

    private TemplatePreflight() {}

    /** The problems of {@link #scan(byte[], PreflightLimits)} with {@link PreflightLimits#DEFAULT}. */
    public static List<Problem> check(byte[] docx) {
        return scan(docx, PreflightLimits.DEFAULT).problems();
    }

    /** The problems of {@link #scan(byte[], PreflightLimits)}. */
    public static List<Problem> check(byte[] docx, PreflightLimits limits) {
        return scan(docx, limits).problems();
    }

    /** Everything found in {@code docx} (null counts as "not a ZIP"), problems in the order found. */
    public static Result scan(byte[] docx, PreflightLimits limits) {
        Findings out = new Findings();
        try {
            ZipScan scan = BoundedZipReader.read(docx, limits);
            out.addAll(scan.problems());
            if (scan.parts().isEmpty() && !scan.problems().isEmpty()) {
                return result(out, scan);
            }
            Findings parts = new Findings();
            ZipPart typesPart = scan.part(CONTENT_TYPES).orElse(null);
            ContentTypeCheck types = new ContentTypeCheck(typesPart == null ? CONTENT_TYPES : typesPart.name(), parts);
            if (typesPart != null && typesPart.xml() != null) {
                PartScan.scan(typesPart.name(), typesPart.xml(), /* strict= */ true, List.of(types), parts);
            }
            String main = null;
            for (ZipPart p : scan.parts()) {
                Problem byName = ActiveContent.byName(p);
                if (byName != null) {
                    parts.addOnce(byName);
                }
                if (p == typesPart || p.isDirectory()) {
                    continue;
                }
                boolean strict = EntryNames.isXmlName(p.name()) || types.isXml(p.name());
                if (p.xml() != null) {
                    String m = scanPart(p, strict, parts);
                    main = m != null ? m : main;
                } else if (strict && p.size() > 0) {
                    parts.add(PartProblems.of(
                            p.name(), new XmlReadException(XmlReadException.Kind.MALFORMED, 0, 0, null)));
                }
            }
            if (scan.complete()) {
                requireParts(scan, main, out);
            }
            out.addAll(parts);
            return result(out, scan);
        } catch (RuntimeException | StackOverflowError e) {
            // A defect of ours must not pass a template as safe: fail closed, as a value.
            Findings failed = new Findings();
            failed.add(TemplateProblems.of(
                    "template.preflight.failed",
                    "(package)",
                    "",
                    e.getClass().getSimpleName(),
                    "模板安全检查意外失败，已按不安全处理；请报告此问题并附上模板。",
                    "the template safety check failed unexpectedly and the template is treated as unsafe; please"
                            + " report this with the template."));
            return new Result(failed.list(), List.of(), List.of());
        }
    }

    /** The findings, with each detached relationship's source part named as it is in the ZIP. */
    private static Result result(Findings out, ZipScan scan) {
        List<Detached> detached = new ArrayList<>();
        for (Detached d : out.detached()) {
            String source = scan.part(d.sourcePart()).map(ZipPart::name).orElse(d.sourcePart());
            detached.add(new Detached(d.relsPart(), source, d.id()));
        }
        return new Result(out.list(), out.warnings(), detached);
    }

    /** Streams one XML part through the checks that apply; returns the main document name from {@code _rels/.rels}. */
    private static String scanPart(ZipPart p, boolean strict, Findings out) {
        String name = p.name();
        List<PartVisitor> visitors = new ArrayList<>();
        RelationshipCheck rels = null;
        if (EntryNames.isRels(name)) {
            rels = new RelationshipCheck(name, out);
            visitors.add(rels);
        } else {
            visitors.add(new FieldCheck(name, out));
            visitors.add(new ActiveElements(name, out));
            visitors.add(new StyleCycles(name));
        }
        PartScan.scan(name, p.xml(), strict || rels != null, visitors, out);
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
