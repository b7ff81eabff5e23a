// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.preflight;

import java.util.Locale;
import org.jixiao.docx.internal.plan.TemplateProblems;
import org.jixiao.validation.Problem;

/** Problems for active content: macros, ActiveX controls, OLE objects and alternative-format chunks. */
final class ActiveContent {
    private ActiveContent() {}

    static Problem macro(String part, String location, String snippet) {
        return TemplateProblems.error("template.macro", "template.macro", part, location, snippet);
    }

    static Problem activeX(String part, String location, String snippet) {
        return TemplateProblems.error("template.activex", "template.activex", part, location, snippet);
    }

    static Problem ole(String part, String location, String snippet) {
        return TemplateProblems.error("template.ole", "template.ole", part, location, snippet);
    }

    static Problem altChunk(String part, String location, String snippet) {
        return TemplateProblems.error("template.altchunk", "template.altchunk", part, location, snippet);
    }

    /** Problems an entry's name alone reveals; null when the name is harmless. */
    static Problem byName(ZipPart p) {
        String n = p.name().toLowerCase(Locale.ROOT);
        String at = "entry " + p.index();
        if (n.endsWith("vbaproject.bin") || n.endsWith("vbadata.xml")) {
            return macro(p.name(), at, "");
        }
        if (n.startsWith("word/activex/")) {
            return activeX(p.name(), at, "");
        }
        if (n.startsWith("word/embeddings/") && (n.endsWith(".bin") || n.contains("oleobject"))) {
            return ole(p.name(), at, "");
        }
        return null;
    }
}
