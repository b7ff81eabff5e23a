// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.docx.TemplateException;
import org.jixiao.docx.internal.preflight.BoundedZipReader;
import org.jixiao.docx.internal.preflight.PartProblems;
import org.jixiao.docx.internal.preflight.PreflightLimits;
import org.jixiao.docx.internal.preflight.ZipPart;
import org.jixiao.docx.internal.preflight.ZipScan;
import org.jixiao.docx.internal.xml.Ns;
import org.jixiao.docx.internal.xml.XElement;
import org.jixiao.docx.internal.xml.XmlReadException;
import org.jixiao.docx.internal.xml.XmlTree;

/** The XML parts of a package, read under the pre-flight ZIP limits; bad input → {@link TemplateException}. */
final class PartSet {
    private static final int MAX_DEPTH = 256;

    private final Map<String, byte[]> xml = new HashMap<>();
    private final Map<String, XElement> parsed = new HashMap<>();

    private PartSet(ZipScan scan) {
        for (ZipPart p : scan.parts()) {
            if (p.xml() != null) {
                xml.put(p.name(), p.xml());
            }
        }
    }

    static PartSet read(byte[] docx) {
        ZipScan scan = BoundedZipReader.read(docx, PreflightLimits.DEFAULT);
        if (!scan.problems().isEmpty()) {
            throw new TemplateException(scan.problems());
        }
        return new PartSet(scan);
    }

    boolean has(String name) {
        return xml.containsKey(name);
    }

    /** The parsed part, or null when absent. */
    XElement xml(String name) {
        byte[] bytes = xml.get(name);
        if (bytes == null) {
            return null;
        }
        return parsed.computeIfAbsent(name, n -> {
            try {
                return XmlTree.parse(bytes, MAX_DEPTH);
            } catch (XmlReadException e) {
                throw new TemplateException(List.of(PartProblems.of(n, e)));
            }
        });
    }

    /** The main document part: the package's {@code officeDocument} relationship, else {@code word/document.xml}. */
    String mainDocument() {
        XElement rels = xml("_rels/.rels");
        if (rels != null) {
            for (XElement r : rels.elements()) {
                if (r.is(Ns.PKG_REL, "Relationship")
                        && Ns.shortRelType(r.attr("Type")).equals("officeDocument")
                        && !"External".equals(r.attr("TargetMode"))) {
                    String name = Rels.resolve("", r.attr("Target"));
                    if (has(name)) {
                        return name;
                    }
                }
            }
        }
        if (has("word/document.xml")) {
            return "word/document.xml";
        }
        throw new TemplateException(List.of(PartProblems.missing("word/document.xml")));
    }
}
