// SPDX-License-Identifier: Apache-2.0
package org.jixiao.internal.validation.text;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jixiao.internal.validation.DisplayText;
import org.jixiao.internal.validation.Finding;
import org.jixiao.validation.Severity;

/**
 * Warning {@code text.repeated-word}: a word typed twice in a row, {@code 部门部门},
 * {@code 村委会村委会}, {@code 2022年2022年}: 2 to {@value #MAX_WORD} characters without spaces or
 * punctuation, at least one of them Han and, for a word of two, both Han, immediately followed by the
 * same characters. One finding per string, at the first; no suggestion and no fix, since some
 * repetitions are Chinese grammar:
 *
 * <ul>
 *   <li>a single character doubled is never reported ({@code 常常}, {@code 层层}, {@code 人人});
 *   <li>nor a word of one character repeated ({@code 谢谢谢谢}), nor {@code 一}+measure word
 *       ({@code 一步一步}, {@code 一个一个});
 *   <li>nor the verbs that reduplicate as ABAB ({@link #VERBS}: {@code 研究研究}, {@code 学习学习}).
 * </ul>
 */
final class RepeatedWords {
    static final String CODE = "text.repeated-word";

    /** The longest word looked for, in chars. */
    static final int MAX_WORD = 8;

    /** Two-character verbs whose ABAB reduplication ("try, a little") is grammatical. */
    static final Set<String> VERBS = Set.of(
            "研究", "学习", "讨论", "考虑", "了解", "商量", "检查", "调查", "整理", "休息", "活动", "锻炼", "交流", "沟通", "收拾", "介绍", "比较", "琢磨",
            "思考", "打扫", "参观", "体验", "尝试", "练习", "准备", "布置", "清理", "看看");

    private RepeatedWords() {}

    static void check(TextSite site, List<Finding> findings) {
        String text = site.text();
        int first = -1; // the start of the first repeated word found
        for (int w = 2; w <= MAX_WORD; w++) {
            // Of any w positions in a row one is a multiple of w: a word of w chars repeated at i has
            // such a j among i … i + w - 1, with text[j] == text[j + w]. So only those j are looked at,
            // about 1.7 chars per char of text for all lengths together: this rule runs on every string.
            for (int j = 0; j + w < text.length(); j += w) {
                if (text.charAt(j) != text.charAt(j + w)) {
                    continue;
                }
                for (int i = Math.max(0, j - w + 1); i <= j && i + 2 * w <= text.length(); i++) {
                    if ((first < 0 || i < first)
                            && text.regionMatches(i, text, i + w, w)
                            && reportable(text.substring(i, i + w))) {
                        first = i;
                    }
                }
            }
        }
        if (first >= 0) {
            int position = text.codePointCount(0, first);
            findings.add(Finding.ofRule(
                    Severity.WARNING,
                    CODE,
                    site.path(),
                    DisplayText.window(text, position),
                    null,
                    Map.of("position", position + 1)));
        }
    }

    private static boolean reportable(String word) {
        boolean han = false;
        boolean allSame = true;
        for (int j = 0; j < word.length(); j++) {
            char c = word.charAt(j);
            if (Character.isSurrogate(c) || !Character.isLetterOrDigit(c)) {
                return false; // punctuation, spaces or a supplementary character: not looked into
            }
            boolean isHan = Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
            han |= isHan;
            allSame &= c == word.charAt(0);
            if (word.length() == 2 && !isHan) {
                return false;
            }
        }
        return han && !allSame && !(word.length() == 2 && word.charAt(0) == '一') && !VERBS.contains(word);
    }
}
