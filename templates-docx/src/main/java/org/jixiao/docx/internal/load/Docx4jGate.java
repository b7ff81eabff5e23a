// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.load;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.JaxbXmlPart;
import org.docx4j.openpackaging.parts.Part;
import org.docx4j.openpackaging.parts.WordprocessingML.FooterPart;
import org.docx4j.openpackaging.parts.WordprocessingML.HeaderPart;
import org.docx4j.openpackaging.parts.WordprocessingML.MainDocumentPart;
import org.jixiao.docx.TemplateProblem;
import org.jixiao.docx.internal.compile.Problems;

/**
 * Loads the template with docx4j once, at compile time, as a gate: the package must load, and
 * every XML part docx4j knows must unmarshal (forced, not lazily), else the part is named in a
 * problem. It also tells which parts are the main document, headers and footers. The plan is then
 * built from the template's own bytes, so nothing docx4j would drop or add reaches the output.
 */
public final class Docx4jGate {
    private Docx4jGate() {}

    /** What the gate found. */
    public record Result(List<TemplateProblem> problems, String mainPart, List<String> headersAndFooters) {}

    public static Result check(byte[] docx) {
        List<TemplateProblem> problems = new ArrayList<>();
        WordprocessingMLPackage pkg;
        try {
            pkg = WordprocessingMLPackage.load(new ByteArrayInputStream(docx));
        } catch (Exception | StackOverflowError e) {
            problems.add(Problems.Code.PACKAGE_UNREADABLE.at("", "", "", describe(e)));
            return new Result(problems, null, List.of());
        }
        String main = null;
        List<String> hf = new ArrayList<>();
        for (Part part : pkg.getParts().getParts().values()) {
            String name = part.getPartName().getName().substring(1);
            if (part instanceof JaxbXmlPart<?> jp) {
                try {
                    if (jp.getContents() == null) {
                        problems.add(Problems.Code.PART_UNREADABLE.at(name, "", "", "no content"));
                    }
                } catch (Exception | StackOverflowError e) {
                    problems.add(Problems.Code.PART_UNREADABLE.at(name, "", "", describe(e)));
                }
            }
            if (part instanceof MainDocumentPart) {
                main = name;
            } else if (part instanceof HeaderPart || part instanceof FooterPart) {
                hf.add(name);
            }
        }
        if (main == null) {
            problems.add(Problems.Code.PACKAGE_UNREADABLE.at("", "", "", "no main document part"));
        }
        hf.sort(null);
        problems.sort(java.util.Comparator.comparing(TemplateProblem::part));
        return new Result(problems, main, hf);
    }

    private static String describe(Throwable e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName()
                + (m == null ? "" : ": " + m.lines().findFirst().orElse(""));
    }
}
