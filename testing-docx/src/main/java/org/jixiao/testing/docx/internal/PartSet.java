// SPDX-License-Identifier: Apache-2.0
package org.jixiao.testing.docx.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
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

/**
 * The XML parts of a package, read under the pre-flight ZIP limits, looked up by name without regard
 * to case; bad input → {@link TemplateException}.
 */
final class PartSet {
    private static final int MAX_DEPTH = 256;
    private static final String RELS = "_rels/.rels";

    private final Map<String, byte[]> xml = new HashMap<>();
    private final Map<String, XElement> parsed = new HashMap<>();

    private PartSet(ZipScan scan) {
        for (ZipPart p : scan.parts()) {
            if (p.xml() != null) {
                xml.putIfAbsent(key(p.name()), p.xml());
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

    /** The parsed part, or null when absent; names compared without regard to case, as OPC compares them. */
    XElement xml(String name) {
        byte[] bytes = xml.get(key(name));
        if (bytes == null) {
            return null;
        }
        return parsed.computeIfAbsent(key(name), n -> {
            try {
                return XmlTree.parse(bytes, MAX_DEPTH);
            } catch (XmlReadException e) {
                throw new TemplateException(List.of(PartProblems.of(name, e)));
            }
        });
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    /**
     * The main document part: the target of the package's {@code officeDocument} relationship, a
     * {@code w:document}.
     *
     * @throws TemplateException when {@code _rels/.rels} is missing, names no main document, names one
     *     that is missing, or one that is not a {@code w:document}
     */
    String mainDocument() {
        XElement rels = xml(RELS);
        if (rels == null) {
            throw new TemplateException(List.of(PartProblems.missing(RELS)));
        }
        for (XElement r : rels.elements()) {
            if (r.is(Ns.PKG_REL, "Relationship")
                    && Ns.shortRelType(r.attr("Type")).equals("officeDocument")
                    && !"External".equalsIgnoreCase(r.attr("TargetMode"))) {
                String name = Rels.resolve("", r.attr("Target"));
                XElement root = xml(name);
                if (root == null) {
                    throw new TemplateException(List.of(PartProblems.missing(name)));
                }
                if (!root.is(Ns.W, "document")) {
                    throw new TemplateException(List.of(PartProblems.noMainDocument(name, root.local())));
                }
                return name;
            }
        }
        throw new TemplateException(List.of(PartProblems.noMainDocument(RELS, "")));
    }
}
