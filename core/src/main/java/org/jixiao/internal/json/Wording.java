// SPDX-License-Identifier: Apache-2.0
package org.jixiao.internal.json;

import org.jixiao.internal.validation.DisplayText;

/**
 * What is wrong and how to fix it, in Chinese and English, under a stable code; the position is added
 * when the problem becomes a {@link org.jixiao.json.MalformedReportException}.
 *
 * @param code stable code such as {@code json.invalid-date}
 * @param whatZh what is wrong, without a final full stop
 * @param whatEn the same in English
 * @param fixZh how to fix it, without a final full stop
 * @param fixEn the same in English
 */
public record Wording(String code, String whatZh, String whatEn, String fixZh, String fixEn) {

    public static final String SYNTAX = "json.syntax";
    public static final String UNKNOWN_PROPERTY = "json.unknown-property";
    public static final String DUPLICATE_KEY = "json.duplicate-key";
    public static final String TRAILING_CONTENT = "json.trailing-content";
    public static final String WRONG_TYPE = "json.wrong-type";
    public static final String FLOATING_POINT_MONEY = "json.floating-point-money";
    public static final String INVALID_DATE = "json.invalid-date";
    public static final String INVALID_ENUM = "json.invalid-enum";
    public static final String NULL_NOT_ALLOWED = "json.null-not-allowed";
    public static final String TOO_LARGE = "json.too-large";
    public static final String EMPTY = "json.empty";

    /** Shows user text in a message, in quotes, as {@link DisplayText#abbreviate} shows it. */
    static String quote(String text) {
        return "“" + DisplayText.abbreviate(text) + "”";
    }
}
