// SPDX-License-Identifier: Apache-2.0
package org.jixiao.internal.validation.text;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.internal.validation.DisplayText;
import org.jixiao.internal.validation.Finding;
import org.jixiao.validation.Severity;

/**
 * Warning {@code text.document-number-brackets}: a document number in free text whose year is in
 * 【】 [] ［］ () （） ﹝﹞ 〖〗 instead of the 六角括号 〔〕 of GB/T 9704, e.g. {@code 粤民办函【2021】37号}.
 * One finding per number: the value is the number as written (with up to eight CJK characters before
 * the bracket taken as the 机关代字), the suggestion the same with 〔〕 and no spaces,
 * {@code 粤民办函〔2021〕37号}.
 */
final class DocumentNumberBrackets {
    static final String CODE = "text.document-number-brackets";

    private static final Pattern WRONG = Pattern.compile(
            "(\\p{IsHan}{1,8})[\\s\\u3000]*[【\\[［(（﹝〖][\\s\\u3000]*((?:19|20)[0-9]{2})[\\s\\u3000]*[】\\]］)）﹞〗]"
                    + "[\\s\\u3000]*([0-9]{1,5})[\\s\\u3000]*号");

    private DocumentNumberBrackets() {}

    static void check(TextSite site, List<Finding> findings) {
        if (site.text().indexOf('号') < 0) {
            return; // no document number without 号: skip the costly pattern (most paragraphs)
        }
        Matcher m = WRONG.matcher(site.text());
        while (m.find()) {
            findings.add(Finding.ofRule(
                    Severity.WARNING,
                    CODE,
                    site.path(),
                    DisplayText.abbreviate(m.group()),
                    m.group(1) + "〔" + m.group(2) + "〕" + m.group(3) + "号",
                    Map.of()));
        }
    }
}
