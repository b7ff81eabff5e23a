// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.compile;

import java.util.List;
import org.jixiao.docx.internal.plan.TemplateProblems;
import org.jixiao.docx.internal.tree.XmlElem;
import org.jixiao.validation.Problem;

/**
 * Relationship targets are never templated: a marker in one (a hyperlink's address typed as
 * {@code http://…/{{id}}}) would be written to every output as is, so it is refused with the
 * relationship that holds it.
 */
public final class LinkTargets {
    private LinkTargets() {}

    /** Reports every marker in the targets of {@code rels}, the parsed relationships part {@code part}. */
    public static void check(String part, XmlElem rels, List<Problem> problems) {
        for (XmlElem r : rels.elements()) {
            String target = r.attr("", "Target");
            if (target == null || !target.contains("{{")) {
                continue;
            }
            String id = String.valueOf(r.attr("", "Id"));
            String type = String.valueOf(r.attr("", "Type"));
            boolean link = type.endsWith("/hyperlink");
            problems.add(Problems.Code.PLACEHOLDER_UNSUPPORTED_PLACE.at(
                    part,
                    "relationship " + id,
                    target,
                    target,
                    TemplateProblems.term(
                            link ? "word.place.hyperlink-address" : "word.place.relationship-target", id)));
        }
    }
}
