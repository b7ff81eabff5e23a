// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.compile;

import org.jixiao.docx.internal.plan.TemplateProblems;
import org.jixiao.docx.internal.tree.XmlElem;
import org.jixiao.internal.message.Catalogue;

/**
 * What breaks a marker, named for its author, with what to do about it: words of the engine's bundle
 * ({@code word.break.*}).
 *
 * @param what what it is
 * @param fix how to fix it
 */
record Interruption(Catalogue.Worded what, Catalogue.Worded fix) {

    /** The interruption that element {@code e} (a run child or an inline container) makes. */
    static Interruption of(XmlElem e) {
        return switch (e.local) {
            case "tab", "ptab" -> of("tab");
            case "br", "cr" -> of("line");
            case "ruby" -> of("ruby");
            case "drawing", "pict", "object" -> of("drawing");
            case "fldChar", "instrText", "fldSimple", "fldData" -> of("field");
            case "footnoteReference", "endnoteReference" -> of("note");
            case "sym" -> of("symbol");
            case "hyperlink" -> of("hyperlink");
            case "sdt" -> of("content-control");
            case "customXml" -> of("custom-xml");
            default -> new Interruption(
                    TemplateProblems.term("word.break.object", e.qname),
                    TemplateProblems.term("word.break.object.fix"));
        };
    }

    private static Interruption of(String what) {
        return new Interruption(
                TemplateProblems.term("word.break." + what), TemplateProblems.term("word.break." + what + ".fix"));
    }
}
