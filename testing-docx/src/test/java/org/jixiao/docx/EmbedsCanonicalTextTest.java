// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx;

import static org.jixiao.docx.Fixture.*;

import java.util.List;
import java.util.Map;
import org.approvaltests.Approvals;
import org.jixiao.testing.docx.DocxText;
import org.junit.jupiter.api.Test;

/**
 * The canonical text of a render with pictures, hyperlinks and inline sections: what a golden-file test of
 * such a template sees (here, beside canonical text, as the engine's own tests cannot depend on it).
 */
class EmbedsCanonicalTextTest {

    @Test
    void theCanonicalViewShowsPicturesHyperlinksAndInlineSections() {
        String body = p("图1：{{chart|image}}")
                + "<w:p>" + r("详见") + b("{{site|link}}") + r("；这是{{#flag}}可选的{{/flag}}文字：{{#items}}")
                + b("{{name}}") + r("、{{/items}}完。") + "</w:p>";
        byte[] out = render(
                compileBody(body),
                Map.of(
                        "chart",
                        new Image(Pictures.png(400, 200), 100, 0),
                        "site",
                        new Link("财政部网站", "https://www.mof.gov.cn/"),
                        "flag",
                        true,
                        "items",
                        List.of(Map.of("name", "甲"), Map.of("name", "乙"))));
        Approvals.verify(DocxText.canonical(out));
    }
}
