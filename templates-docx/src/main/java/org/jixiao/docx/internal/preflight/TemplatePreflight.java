// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.preflight;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.docx.internal.compile.Problems;
import org.jixiao.docx.internal.load.ContentTypes;
import org.jixiao.docx.internal.load.DocxPackage;
import org.jixiao.docx.internal.load.Relationship;
import org.jixiao.docx.internal.plan.TemplateProblems;
import org.jixiao.docx.internal.xml.XmlReadException;
import org.jixiao.validation.Problem;

/**
 * Reads a template's bytes once, into a {@link DocxPackage}, and checks them on the way.
 * Contract: returns every problem found, empty when the package is safe to compile; never throws
 * for bad input; bounded in time and memory whatever the bytes are (the ZIP is inflated under
 * {@link PreflightLimits}, each XML part is streamed once). Part names, extensions and relationship
 * types are compared without regard to case, as OPC and Word compare them.
 *
 * <p>Checks and codes: ZIP structure ({@code template.zip.not-a-zip}, {@code .too-large},
 * {@code .too-many-entries}, {@code .bomb}, {@code .duplicate-entry}, {@code .unsafe-name},
 * {@code .encrypted}, {@code .corrupt}, {@code .inconsistent}); required parts
 * ({@code template.package.missing-part}, {@code template.package.no-main-document}); a main document
 * that is no Word document, e.g. an Excel workbook ({@code template.package.unreadable}); a part of a
 * known content type whose elements are not what that type holds ({@code template.part.unreadable},
 * see {@link PartRoots}); any DOCTYPE ({@code template.doctype}); an XML part (named
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
    private static final String RELS = "_rels/.rels";

    /**
     * What the pre-flight found.
     *
     * @param problems why the template is refused; empty when it is safe to load
     * @param warnings what is accepted but worth saying
     * @param detached relationships the output must leave out
     * @param docx the package read; null when the ZIP itself could not be read in full under the limits
     *     (then {@code problems} says why), present otherwise, whatever else was found
     */
    public record Result(List<Problem> problems, List<Problem> warnings, List<Detached> detached, DocxPackage docx) {
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
                return result(out, scan, null);
            }
            Findings parts = new Findings();
            ZipPart typesPart = scan.part(CONTENT_TYPES).orElse(null);
            ContentTypeCheck types = new ContentTypeCheck(typesPart == null ? CONTENT_TYPES : typesPart.name(), parts);
            if (typesPart != null && typesPart.xml() != null) {
                PartScan.scan(typesPart.name(), typesPart.xml(), /* strict= */ true, List.of(types), parts);
            }
            ContentTypes contentTypes = types.types();
            Map<String, List<Relationship>> rels = new HashMap<>();
            for (ZipPart p : scan.parts()) {
                Problem byName = ActiveContent.byName(p);
                if (byName != null) {
                    parts.addOnce(byName);
                }
                if (p == typesPart || p.isDirectory()) {
                    continue;
                }
                boolean strict = EntryNames.isXmlName(p.name()) || contentTypes.isXml(p.name());
                if (p.xml() != null) {
                    RelationshipCheck r = scanPart(p, strict, contentTypes.of(p.name()), parts);
                    if (r != null) {
                        rels.putIfAbsent(r.source(), r.relationships());
                    }
                } else if (strict && p.size() > 0) {
                    parts.add(PartProblems.of(
                            p.name(), new XmlReadException(XmlReadException.Kind.MALFORMED, 0, 0, null)));
                }
            }
            DocxPackage read = scan.complete() ? read(scan, contentTypes, rels) : null;
            if (read != null) {
                requireParts(scan, read, out);
            }
            out.addAll(parts);
            return result(out, scan, scan.problems().isEmpty() ? read : null);
        } catch (RuntimeException | StackOverflowError e) {
            // A defect of ours must not pass a template as safe: fail closed, as a value.
            Findings failed = new Findings();
            String code = "template.preflight.failed";
            failed.add(TemplateProblems.error(
                    code, code, TemplateProblems.PACKAGE, "", e.getClass().getSimpleName()));
            return new Result(failed.list(), List.of(), List.of(), null);
        }
    }

    /** The findings, with each detached relationship's source part named as it is in the ZIP. */
    private static Result result(Findings out, ZipScan scan, DocxPackage docx) {
        List<Detached> detached = new ArrayList<>();
        for (Detached d : out.detached()) {
            String source = scan.part(d.sourcePart()).map(ZipPart::name).orElse(d.sourcePart());
            detached.add(new Detached(d.relsPart(), source, d.id()));
        }
        return new Result(out.list(), out.warnings(), detached, docx);
    }

    /** The package value of a ZIP read in full: its entries but directories, the first of duplicates. */
    private static DocxPackage read(ZipScan scan, ContentTypes types, Map<String, List<Relationship>> rels) {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        for (ZipPart p : scan.parts()) {
            if (!p.isDirectory()) {
                parts.putIfAbsent(p.name(), p.bytes());
            }
        }
        return DocxPackage.of(parts, types, rels);
    }

    /** Streams one XML part through the checks that apply; returns its relationships check for a {@code .rels} part. */
    private static RelationshipCheck scanPart(ZipPart p, boolean strict, String contentType, Findings out) {
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
            PartRoots roots = PartRoots.of(name, contentType);
            if (roots != null) {
                visitors.add(roots);
            }
        }
        PartScan.scan(name, p.xml(), strict || rels != null, visitors, out);
        return rels;
    }

    /**
     * The content types and the main document: present, named by {@code _rels/.rels} (else
     * {@code word/document.xml} is looked for), and of a Word document's content type (when there are
     * content types to tell).
     */
    private static void requireParts(ZipScan scan, DocxPackage docx, Findings out) {
        boolean typed = scan.part(CONTENT_TYPES).isPresent();
        if (!typed) {
            out.add(PartProblems.missing(CONTENT_TYPES));
        }
        String named = docx.relationships("").stream()
                .filter(r -> r.isInternal("officeDocument"))
                .map(Relationship::target)
                .findFirst()
                .orElse(null);
        String document = named != null ? named : "word/document.xml";
        if (scan.part(document).isEmpty()) {
            out.add(PartProblems.missing(document));
        } else if (named == null) {
            out.add(PartProblems.noMainDocument(RELS, ""));
        } else if (typed) {
            String type = docx.contentTypes().of(docx.mainPart());
            if (!PartRoots.isWordDocument(type)) {
                out.add(notWord(type));
            }
        }
    }

    /** The main document's content type {@code type} is not a Word document's: say what the file is. */
    private static Problem notWord(String type) {
        String kind = "office";
        if (type.contains("spreadsheetml") || type.contains("ms-excel")) {
            kind = "spreadsheet";
        } else if (type.contains("presentationml") || type.contains("ms-powerpoint")) {
            kind = "presentation";
        }
        return Problems.Code.PACKAGE_UNREADABLE.at(
                "", "", type, TemplateProblems.term(Problems.Code.PACKAGE_UNREADABLE.id() + "." + kind));
    }
}
