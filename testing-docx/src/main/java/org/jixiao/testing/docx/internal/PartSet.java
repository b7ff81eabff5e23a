// SPDX-License-Identifier: Apache-2.0
package org.jixiao.testing.docx.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jixiao.docx.TemplateException;
import org.jixiao.docx.internal.load.DocxPackage;
import org.jixiao.docx.internal.load.Relationship;
import org.jixiao.docx.internal.preflight.PartProblems;
import org.jixiao.docx.internal.preflight.PreflightLimits;
import org.jixiao.docx.internal.preflight.TemplatePreflight;
import org.jixiao.docx.internal.tree.TreeReader;
import org.jixiao.docx.internal.tree.XmlElem;
import org.jixiao.docx.internal.xml.Ns;
import org.jixiao.docx.internal.xml.XmlReadException;

/**
 * The parts of a package, read once under the pre-flight ZIP limits ({@link TemplatePreflight}),
 * looked up by name without regard to case; bad input → {@link TemplateException}.
 */
final class PartSet {
    private static final String RELS = "_rels/.rels";

    private final DocxPackage docx;
    private final Map<String, XmlElem> parsed = new HashMap<>();

    private PartSet(DocxPackage docx) {
        this.docx = docx;
    }

    static PartSet read(byte[] docx) {
        TemplatePreflight.Result read = TemplatePreflight.scan(docx, PreflightLimits.DEFAULT);
        if (read.docx() == null) {
            throw new TemplateException(read.problems());
        }
        return new PartSet(read.docx());
    }

    /** The parsed part, or null when absent; names compared without regard to case, as OPC compares them. */
    XmlElem xml(String name) {
        byte[] bytes = docx.part(name);
        if (bytes == null) {
            return null;
        }
        return parsed.computeIfAbsent(key(name), n -> {
            try {
                return TreeReader.read(bytes);
            } catch (XmlReadException e) {
                throw new TemplateException(List.of(PartProblems.of(name, e)));
            }
        });
    }

    /** The relationships of {@code source}; throws when its relationships part cannot be read. */
    List<Relationship> relationships(String source) {
        xml(Relationship.relsPartOf(source));
        return docx.relationships(source);
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
        if (xml(RELS) == null) {
            throw new TemplateException(List.of(PartProblems.missing(RELS)));
        }
        for (Relationship r : relationships("")) {
            if (r.isInternal("officeDocument")) {
                XmlElem root = xml(r.target());
                if (root == null) {
                    throw new TemplateException(List.of(PartProblems.missing(r.target())));
                }
                if (!root.is(Ns.W, "document")) {
                    throw new TemplateException(List.of(PartProblems.noMainDocument(r.target(), root.local())));
                }
                return r.target();
            }
        }
        throw new TemplateException(List.of(PartProblems.noMainDocument(RELS, "")));
    }
}
