// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.preflight;

import java.util.List;
import org.jixiao.docx.TemplateProblem;

/** Problems as approval text: one block per problem, code, part, location, snippet, both messages. */
final class ProblemText {
    private ProblemText() {}

    static String of(List<TemplateProblem> problems) {
        StringBuilder sb = new StringBuilder();
        for (TemplateProblem p : problems) {
            sb.append(p.code())
                    .append(" | ")
                    .append(p.part())
                    .append(" | ")
                    .append(p.location())
                    .append(" | ")
                    .append(p.snippet())
                    .append('\n')
                    .append("  zh: ")
                    .append(p.messageZh())
                    .append('\n')
                    .append("  en: ")
                    .append(p.messageEn())
                    .append('\n');
        }
        return sb.toString();
    }
}
