// SPDX-License-Identifier: Apache-2.0
package org.jixiao.internal.json;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jixiao.json.MalformedReportException;

/**
 * Translates Jackson's exceptions into {@link MalformedReportException}s: a stable code, the line,
 * column and JSON Pointer of the problem, and a Chinese and English message that names no Java class.
 */
public final class JsonErrors {
    private static final Pattern NON_FINITE = Pattern.compile("^Non-standard token '([^']*)'");
    private static final Pattern DUPLICATE = Pattern.compile("^Duplicate field '(.*)'", Pattern.DOTALL);

    private JsonErrors() {}

    /** A problem at a position (line and column 1-based; 0 when the problem has no position). */
    public static MalformedReportException at(int line, int column, String path, Wording w) {
        String shownZh = path.isEmpty() ? "整个文档" : path;
        String shownEn = path.isEmpty() ? "the whole document" : path;
        String title = ReportTerms.titleOfPath(path);
        if (title != null) {
            shownZh = shownZh + "，" + title;
        }
        String whereZh;
        String whereEn;
        if (line > 0) {
            whereZh = String.format(Locale.ROOT, "第 %d 行第 %d 列（%s）：", line, column, shownZh);
            whereEn = String.format(Locale.ROOT, "Line %d, column %d (%s): ", line, column, shownEn);
        } else if (!path.isEmpty()) {
            whereZh = "（" + shownZh + "）：";
            whereEn = "(" + shownEn + "): ";
        } else {
            whereZh = "";
            whereEn = "";
        }
        String en = whereEn + w.whatEn() + "; " + w.fixEn() + ".";
        if (whereEn.isEmpty()) {
            en = Character.toUpperCase(en.charAt(0)) + en.substring(1);
        }
        return new MalformedReportException(
                w.code(), line, column, path, whereZh + w.whatZh() + "，" + w.fixZh() + "。", en);
    }

    /**
     * Translates an exception Jackson threw while {@code p} read {@code text}.
     *
     * @param factory the factory that made {@code p}, to look at the text again
     */
    public static MalformedReportException translate(
            JacksonException e, JsonParser p, String text, JsonFactory factory) {
        Throwable inner = e;
        while (inner instanceof JsonMappingException && inner.getCause() instanceof JacksonException) {
            inner = inner.getCause();
        }
        if (inner instanceof InvalidDefinitionException) {
            // Not the input's fault: the model cannot be bound. A bug in jixiao, never shown as bad input.
            throw new IllegalStateException("jixiao cannot bind its own model", inner);
        }
        JacksonException cause = (JacksonException) inner;
        // The parser stops where a syntax or limit error is; databind's path stops at the last property
        // it bound, which can be a level above. For the rest, the parser may have moved on: use databind's.
        String path = cause instanceof StreamReadException || cause instanceof StreamConstraintsException
                ? p.getParsingContext().pathAsPointer().toString()
                : pathOf(e, p);
        JsonLocation location = cause.getLocation();
        if (location == null || location.getLineNr() < 1 || cause instanceof StreamConstraintsException) {
            location = p.currentTokenLocation();
        }
        Wording w = classify(cause, p, text, factory, location);
        if (w.code().equals(Wording.UNKNOWN_PROPERTY) || w.code().equals(Wording.DUPLICATE_KEY)) {
            // Point at the property name itself (the second one for a duplicate), not past its value.
            JsonLocation name = JsonLocator.nameLocation(text, path, w.code().equals(Wording.DUPLICATE_KEY) ? 2 : 1);
            if (name != null) {
                location = name;
            }
        }
        return at(Math.max(location.getLineNr(), 0), Math.max(location.getColumnNr(), 0), path, w);
    }

    private static Wording classify(
            JacksonException inner, JsonParser p, String text, JsonFactory factory, JsonLocation location) {
        if (inner instanceof CodedInputException coded) {
            return coded.wording();
        }
        if (inner instanceof StreamConstraintsException) {
            return ParserWordings.tooLarge(inner.getOriginalMessage());
        }
        if (inner instanceof UnrecognizedPropertyException u) {
            return unknownProperty(u.getPropertyName(), u.getReferringClass(), u.getKnownPropertyIds());
        }
        if (inner instanceof InvalidNullException) {
            return new Wording(
                    Wording.NULL_NOT_ALLOWED,
                    "此处不能为 null",
                    "null is not allowed here",
                    "请写 true 或 false",
                    "write true or false");
        }
        if (inner instanceof MismatchedInputException m) {
            Class<?> target = m.getTargetType();
            if (m.getOriginalMessage().startsWith("Trailing token")) {
                return trailing();
            }
            if (target != null && target.isEnum()) {
                Object value = m instanceof InvalidFormatException f ? f.getValue() : null;
                return invalidEnum(target, value, p.currentToken());
            }
            return WrongTypes.wording(target == null ? Object.class : target, p.currentToken());
        }
        if (inner instanceof InputCoercionException) {
            return new Wording(
                    Wording.WRONG_TYPE,
                    "整数超出范围",
                    "the whole number is out of range",
                    "此处的整数须在 -2147483648 到 2147483647 之间",
                    "a whole number here must lie between -2147483648 and 2147483647");
        }
        String message = inner.getOriginalMessage() == null ? "" : inner.getOriginalMessage();
        Matcher dup = DUPLICATE.matcher(message);
        if (dup.find()) {
            return new Wording(
                    Wording.DUPLICATE_KEY,
                    "属性 " + Wording.quote(dup.group(1)) + " 在同一对象中出现了两次",
                    "the property " + Wording.quote(dup.group(1)) + " occurs twice in the same object",
                    "每个属性只能写一次，请删去多余的一个",
                    "write each property once: remove the extra one");
        }
        Matcher nonFinite = NON_FINITE.matcher(message);
        if (nonFinite.find()) {
            return PlainDecimalDeserializer.floatingPoint(nonFinite.group(1));
        }
        if (inner instanceof StreamReadException
                && location.getCharOffset() >= 0
                && location.getCharOffset() >= rootValueEnd(text, factory)) {
            return trailing();
        }
        return ParserWordings.syntax(message);
    }

    /** Char offset just after the first complete root value, or MAX_VALUE when there is none. */
    private static long rootValueEnd(String text, JsonFactory factory) {
        try (JsonParser q = factory.createParser(text)) {
            if (q.nextToken() == null) {
                return Long.MAX_VALUE;
            }
            q.skipChildren();
            return q.currentLocation().getCharOffset();
        } catch (IOException | RuntimeException e) {
            return Long.MAX_VALUE;
        }
    }

    /** The whole document is {@code null}. */
    public static Wording rootNull() {
        return new Wording(
                Wording.NULL_NOT_ALLOWED,
                "报告不能为 null",
                "the report cannot be null",
                "请提供一个报告 JSON 对象，以 { 开始、以 } 结束",
                "supply one report as a JSON object, from { to }");
    }

    private static Wording trailing() {
        return new Wording(
                Wording.TRAILING_CONTENT,
                "报告对象结束后还有多余内容",
                "there is more content after the report object",
                "一个文件只能包含一个报告对象，请删去最后的 } 之后的内容",
                "a file holds exactly one report object: remove everything after its closing }");
    }

    private static Wording unknownProperty(String name, Class<?> owner, Collection<Object> known) {
        List<String> names = knownInOrder(owner, known);
        String listZh = String.join("、", names);
        String listEn = String.join(", ", names);
        return new Wording(
                Wording.UNKNOWN_PROPERTY,
                "未知的属性 " + Wording.quote(name),
                "unknown property " + Wording.quote(name),
                "此处允许的属性：" + listZh + "（区分大小写，请检查拼写）",
                "the properties allowed here are " + listEn + " (case matters: check the spelling)");
    }

    private static List<String> knownInOrder(Class<?> owner, Collection<Object> known) {
        List<String> names = new ArrayList<>();
        if (owner != null && owner.isRecord()) {
            Arrays.stream(owner.getRecordComponents()).forEach(c -> names.add(c.getName()));
        } else if (known != null) {
            known.stream().map(String::valueOf).sorted().forEach(names::add);
        }
        return names;
    }

    private static Wording invalidEnum(Class<?> target, Object value, JsonToken token) {
        String allowedZh = Arrays.stream(target.getEnumConstants())
                .map(c -> {
                    String t = ReportTerms.title(target.getSimpleName() + "." + ((Enum<?>) c).name());
                    return ((Enum<?>) c).name() + (t == null ? "" : "（" + t + "）");
                })
                .collect(Collectors.joining("、"));
        String allowedEn = Arrays.stream(target.getEnumConstants())
                .map(c -> ((Enum<?>) c).name())
                .collect(Collectors.joining(", "));
        String shown = value instanceof String s ? Wording.quote(s) : null;
        String[] found = WrongTypes.found(token);
        return new Wording(
                Wording.INVALID_ENUM,
                shown != null ? shown + " 不是允许的取值" : "此处应为取值文本，实际是" + found[0],
                shown != null
                        ? shown + " is not one of the allowed values"
                        : "expected one of the allowed names as text but found " + found[1],
                "允许的取值（区分大小写，带英文双引号）：" + allowedZh,
                "the allowed values (case matters, in double quotes) are " + allowedEn);
    }

    private static String pathOf(JacksonException e, JsonParser p) {
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            StringBuilder b = new StringBuilder();
            for (JsonMappingException.Reference r : m.getPath()) {
                b.append('/');
                if (r.getFieldName() != null) {
                    b.append(r.getFieldName().replace("~", "~0").replace("/", "~1"));
                } else {
                    b.append(r.getIndex());
                }
            }
            return b.toString();
        }
        JsonPointer pointer = p.getParsingContext().pathAsPointer();
        return pointer.toString();
    }
}
