// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.preflight;

import java.util.List;
import org.jixiao.internal.validation.DisplayText;
import org.jixiao.validation.Problem;

/**
 * Problems as approval text: one block per problem, code, part, location (both escaped as display text, so
 * the file stays readable when a hostile name holds a control character), snippet, both messages.
 */
final class ProblemText {
    private ProblemText() {}

    static String of(List<Problem> problems) {
        StringBuilder sb = new StringBuilder();
        for (Problem p : problems) {
            sb.append(p.code())
                    .append(" | ")
                    .append(DisplayText.escape(p.template().part()))
                    .append(" | ")
                    .append(DisplayText.escape(p.template().location()))
                    .append(" | ")
                    .append(p.value() == null ? "" : p.value())
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
