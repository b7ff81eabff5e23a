// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.compile;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jixiao.docx.TemplateProblem;
import org.jixiao.docx.internal.tree.XmlAttr;
import org.jixiao.docx.internal.tree.XmlElem;
import org.jixiao.docx.internal.tree.XmlNode;
import org.jixiao.docx.internal.tree.XmlText;

/**
 * The safety net behind "a key is never printed": a {@code {{} anywhere but in the text of a run
 * ({@code w:t}) is a marker where the compiler does not template (field code, alt text, link
 * target, tracked deletion, math) and is reported rather than copied to every output.
 */
final class LeakCheck {
    private static final int SNIPPET = 40;

    private LeakCheck() {}

    static void check(String part, XmlElem root, List<TemplateProblem> problems) {
        Set<String> found = new LinkedHashSet<>();
        walk(root, found);
        for (String s : found) {
            problems.add(Problems.Code.PLACEHOLDER_UNSUPPORTED_PLACE.at(part, "", s, s));
        }
    }

    private static void walk(XmlElem e, Set<String> found) {
        for (XmlAttr a : e.attrs) {
            scan(a.value(), found);
        }
        boolean text = e.isW("t");
        for (XmlNode n : e.children) {
            if (n instanceof XmlElem c) {
                walk(c, found);
            } else if (!text) {
                scan(((XmlText) n).text, found);
            }
        }
    }

    private static void scan(String s, Set<String> found) {
        for (int i = s.indexOf("{{"); i >= 0; i = s.indexOf("{{", i + 2)) {
            int end = s.indexOf("}}", i);
            found.add(
                    end >= 0 && end - i < SNIPPET
                            ? s.substring(i, end + 2)
                            : s.substring(i, Math.min(s.length(), i + SNIPPET)));
        }
    }
}
