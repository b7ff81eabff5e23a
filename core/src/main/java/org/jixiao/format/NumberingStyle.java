// SPDX-License-Identifier: Apache-2.0
package org.jixiao.format;

import java.util.Optional;

/**
 * THROWAWAY STUB written on branch {@code engine} so the template engine compiles before branch
 * {@code format} lands; it is deleted when that branch is merged. Only the names are contractual.
 */
public enum NumberingStyle {
    CHINESE_COMMA("一、"),
    CHINESE_PAREN("（一）"),
    ARABIC_DOT("1."),
    ARABIC_PAREN("（1）"),
    CIRCLED("①"),
    LATIN_DOT("A."),
    CHINESE("一"),
    ARABIC("1");

    private final String label;

    NumberingStyle(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String format(int n) {
        switch (this) {
            case CHINESE_COMMA: return chinese(n) + "、";
            case CHINESE_PAREN: return "（" + chinese(n) + "）";
            case ARABIC_DOT: return n + ".";
            case ARABIC_PAREN: return "（" + n + "）";
            case CIRCLED: return n >= 1 && n <= 20 ? String.valueOf((char) ('①' + n - 1)) : "(" + n + ")";
            case LATIN_DOT: return (char) ('A' + (n - 1) % 26) + ".";
            case CHINESE: return chinese(n);
            default: return Integer.toString(n);
        }
    }

    public static Optional<NumberingStyle> byLabel(String label) {
        for (NumberingStyle s : values()) {
            if (s.label.equals(label)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    private static String chinese(int n) {
        String d = "零一二三四五六七八九";
        if (n < 10) {
            return String.valueOf(d.charAt(n));
        }
        if (n < 20) {
            return "十" + (n % 10 == 0 ? "" : String.valueOf(d.charAt(n % 10)));
        }
        if (n < 100) {
            return d.charAt(n / 10) + "十" + (n % 10 == 0 ? "" : String.valueOf(d.charAt(n % 10)));
        }
        return Integer.toString(n);
    }
}
