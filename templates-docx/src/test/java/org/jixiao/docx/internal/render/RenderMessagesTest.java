// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.render;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.approvaltests.Approvals;
import org.jixiao.docx.Image;
import org.jixiao.docx.Link;
import org.jixiao.format.ValueKind;
import org.jixiao.validation.Problem;
import org.junit.jupiter.api.Test;

/**
 * The words a render's messages are made of, in both languages: what a value is, what a format needs and why
 * a link is refused, each in the message that uses it.
 */
class RenderMessagesTest {

    @Test
    void everyWordOfARendersMessagesInBothLanguages() {
        List<Problem> all = new ArrayList<>();
        for (Object v : List.of(
                "x",
                1,
                2L,
                BigDecimal.ONE,
                LocalDate.of(2023, 5, 7),
                true,
                Map.of(),
                List.of(),
                new Image(new byte[] {1}, 10, 10),
                new Link("t", "https://example.org"),
                new StringBuilder("other"))) {
            all.add(DataCode.NOT_TEXT.at("a.b", null, "a.b", ValueText.kindOf(v)));
        }
        for (ValueKind k : ValueKind.values()) {
            all.add(DataCode.WRONG_TYPE.at("a", null, "a", ValueText.kindOf(true), "f", ValueText.kindName(k)));
        }
        for (String url :
                List.of("", "javascript:alert(1)", "C:\\x\\y.docx", "https://a b", "mailto:nobody", "https:///path")) {
            all.add(DataCode.LINK_REFUSED.at("a", null, "a", url, LinkRule.refusal(url)));
        }
        all.add(DataCode.IMAGE_UNSUPPORTED.at("a", null, "a", PictureFormat.head(new byte[0])));
        StringBuilder out = new StringBuilder();
        for (Problem p : all) {
            out.append(p.code()).append(" ").append(p.path()).append("\n  zh: ").append(p.messageZh());
            out.append("\n  en: ").append(p.messageEn()).append('\n');
        }
        Approvals.verify(out.toString());
    }
}
