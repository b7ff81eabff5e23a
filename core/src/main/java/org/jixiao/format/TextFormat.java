// SPDX-License-Identifier: Apache-2.0
package org.jixiao.format;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Optional;

/**
 * THROWAWAY STUB written on branch {@code engine} so the template engine compiles before branch
 * {@code format} lands; it is deleted when that branch is merged. Only the names are contractual.
 */
public enum TextFormat {
    DATE("date", ValueKind.DATE),
    AMOUNT("amount", ValueKind.NUMBER),
    AMOUNT2("amount2", ValueKind.NUMBER),
    GROUPED("grouped", ValueKind.NUMBER),
    PERCENT("percent", ValueKind.NUMBER),
    CAPITAL("capital", ValueKind.NUMBER),
    CHINESE("chinese", ValueKind.INTEGER);

    /** The kind of value a formatter accepts. */
    public enum ValueKind { TEXT, NUMBER, INTEGER, DATE }

    private final String formatName;
    private final ValueKind accepts;

    TextFormat(String formatName, ValueKind accepts) {
        this.formatName = formatName;
        this.accepts = accepts;
    }

    public String formatName() {
        return formatName;
    }

    public ValueKind accepts() {
        return accepts;
    }

    public String apply(Object value) {
        switch (this) {
            case DATE: {
                LocalDate d = (LocalDate) value;
                return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
            }
            case CHINESE: return NumberingStyle.CHINESE.format(((Number) value).intValue());
            case PERCENT: return decimal(value).setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
            case CAPITAL: return "大写" + decimal(value).toPlainString();
            default: return decimal(value).setScale(2, RoundingMode.HALF_UP).toPlainString();
        }
    }

    private static BigDecimal decimal(Object value) {
        return value instanceof BigDecimal ? (BigDecimal) value : new BigDecimal(value.toString());
    }

    public static Optional<TextFormat> byName(String name) {
        for (TextFormat f : values()) {
            if (f.formatName.equals(name)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
