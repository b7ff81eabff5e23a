// SPDX-License-Identifier: Apache-2.0
package org.jixiao.internal.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;

/** Words for JSON value types and Java targets, so that no Java class name reaches a message. */
final class WrongTypes {
    private WrongTypes() {}

    static CodedInputException exception(JsonParser p, Class<?> target) {
        return new CodedInputException(p, target, wording(target, p.currentToken()));
    }

    static Wording wording(Class<?> target, JsonToken actual) {
        String[] expected = expected(target);
        String[] found = found(actual);
        String fixZh;
        String fixEn;
        if (target == BigDecimal.class && actual == JsonToken.VALUE_STRING) {
            fixZh = "请去掉数字两边的引号，写作普通小数，例如 4659.17";
            fixEn = "remove the quotes around the number and write a plain decimal such as 4659.17";
        } else if ((target == Integer.class || target == int.class) && actual == JsonToken.VALUE_STRING) {
            fixZh = "请去掉数字两边的引号，例如 2022";
            fixEn = "remove the quotes around the number, e.g. 2022";
        } else if ((target == Integer.class || target == int.class) && actual == JsonToken.VALUE_NUMBER_FLOAT) {
            fixZh = "此处只能填整数，不带小数点";
            fixEn = "only a whole number without a decimal point fits here";
        } else if (target == String.class || target == LocalDate.class || target.isEnum()) {
            fixZh = "文本要用英文双引号括起，例如 \"…\"";
            fixEn = "put the text in double quotes, e.g. \"…\"";
        } else if (target == Boolean.class || target == boolean.class) {
            fixZh = "请写 true 或 false（不加引号）";
            fixEn = "write true or false (without quotes)";
        } else {
            fixZh = "请按" + expected[0] + "填写";
            fixEn = "write " + expected[1] + " here";
        }
        return new Wording(
                Wording.WRONG_TYPE,
                "此处应为" + expected[0] + "，实际是" + found[0],
                "expected " + expected[1] + " but found " + found[1],
                fixZh,
                fixEn);
    }

    /** The expected type in words, Chinese and English. */
    static String[] expected(Class<?> target) {
        if (target == String.class) {
            return new String[] {"文本", "text"};
        }
        if (target == BigDecimal.class) {
            return new String[] {"数字", "a number"};
        }
        if (target == Integer.class || target == int.class || target == Long.class || target == long.class) {
            return new String[] {"整数", "a whole number"};
        }
        if (target == Boolean.class || target == boolean.class) {
            return new String[] {" true 或 false", "true or false"};
        }
        if (target == LocalDate.class) {
            return new String[] {"日期文本（YYYY-MM-DD）", "a date string (YYYY-MM-DD)"};
        }
        if (target.isEnum()) {
            return new String[] {"取值文本", "one of the allowed names as text"};
        }
        if (Collection.class.isAssignableFrom(target) || target.isArray()) {
            return new String[] {"数组", "an array"};
        }
        return new String[] {"对象", "an object"};
    }

    /** What was found, in words. */
    static String[] found(JsonToken token) {
        if (token == null) {
            return new String[] {"空", "nothing"};
        }
        switch (token) {
            case VALUE_STRING:
                return new String[] {"文本", "text"};
            case VALUE_NUMBER_INT:
                return new String[] {"数字", "a number"};
            case VALUE_NUMBER_FLOAT:
                return new String[] {"小数", "a decimal number"};
            case VALUE_TRUE:
                return new String[] {" true", "true"};
            case VALUE_FALSE:
                return new String[] {" false", "false"};
            case VALUE_NULL:
                return new String[] {" null", "null"};
            case START_OBJECT:
            case FIELD_NAME:
            case END_OBJECT:
                return new String[] {"对象", "an object"};
            case START_ARRAY:
            case END_ARRAY:
                return new String[] {"数组", "an array"};
            default:
                return new String[] {"其他内容", "something else"};
        }
    }
}
