// SPDX-License-Identifier: Apache-2.0
package org.jixiao.testing.docx.internal;

import org.jixiao.docx.internal.tree.XmlElem;
import org.jixiao.docx.internal.xml.Ns;

/** Writes block-level content (paragraphs, tables, section properties) of one story, one line each. */
final class BlockWriter {
    private final Story story;
    private final InlineWalker inline;
    private final Lines out;

    BlockWriter(Story story, Lines out) {
        this.story = story;
        this.inline = new InlineWalker(story);
        this.out = out;
    }

    void blocks(XmlElem container, String indent) {
        for (XmlElem c : container.elements()) {
            if (c.is(Ns.MC, "AlternateContent")) {
                XmlElem choice = c.first(Ns.MC, "Choice");
                if (choice != null) {
                    blocks(choice, indent);
                }
                continue;
            }
            if (!c.ns().equals(Ns.W)) {
                continue;
            }
            switch (c.local()) {
                case "p" -> paragraph(c, indent);
                case "tbl" -> {
                    TableWriter tables = new TableWriter(this);
                    tables.write(tables.collect(c, String.valueOf(story.nextTable())), indent, out);
                }
                case "sectPr" -> SectionWriter.write(c, story, indent, out);
                case "sdt", "sdtContent", "customXml", "ins", "moveTo" -> blocks(c, indent);
                default -> {
                    /* bookmarks, proofing and permission marks between blocks */
                }
            }
        }
    }

    Para para(XmlElem p) {
        return new Para(ParaProps.of(W.child(p, "pPr")), inline.paragraph(p));
    }

    private void paragraph(XmlElem p, String indent) {
        out.line(indent + para(p).line());
        XmlElem sectPr = W.child(W.child(p, "pPr"), "sectPr");
        if (sectPr != null) {
            SectionWriter.write(sectPr, story, indent, out);
        }
    }
}
