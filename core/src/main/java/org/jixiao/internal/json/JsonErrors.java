// SPDX-License-Identifier: Apache-2.0
package org.jixiao.internal.json;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.Lang;
import org.jixiao.internal.validation.DisplayText;
import org.jixiao.internal.validation.JsonPointer;
import org.jixiao.json.MalformedReportException;
import org.jixiao.validation.Problem;
import org.jixiao.validation.Severity;

/**
 * Translates Jackson's exceptions into {@link MalformedReportException}s: a stable code, the line,
 * column and JSON Pointer of the problem, and a Chinese and English message, from the reader's bundle,
 * that names no Java class.
 */
public final class JsonErrors {
    private static final Pattern NON_FINITE = Pattern.compile("^Non-standard token '([^']*)'");
    private static final Pattern DUPLICATE = Pattern.compile("^Duplicate field '(.*)'", Pattern.DOTALL);

    private JsonErrors() {}

    /**
     * The exception for a problem at a position (line and column 1-based; 0 when the problem has no
     * position), its message framed by where it is: the line and column, then the pointer (escaped) and,
     * in Chinese, the title of the property it ends at.
     */
    static MalformedReportException at(int line, int column, String path, Phrase problem) {
        Phrase where;
        if (path.isEmpty()) {
            where = Phrase.of("word.where.document");
        } else {
            String title = ReportTerms.titleOfPath(path);
            String shown = DisplayText.escape(path);
            where = title == null
                    ? Phrase.of("word.where.path", "path", shown)
                    : Phrase.of("word.where.titled", "path", shown, "title", title);
        }
        Phrase message = line > 0
                ? Phrase.of("at.line-column", "line", line, "column", column, "where", where, "problem", problem)
                : Phrase.of(path.isEmpty() ? "at.nowhere" : "at.path", "where", where, "problem", problem);
        String en = message.in(Lang.EN);
        if (line <= 0 && path.isEmpty()) {
            en = Character.toUpperCase(en.charAt(0)) + en.substring(1); // an English sentence opens with a capital
        }
        Problem p = new Problem(
                Severity.ERROR,
                problem.code(),
                path,
                /* template= */ null,
                offending(problem),
                null,
                message.in(Lang.ZH),
                en);
        return new MalformedReportException(p, line, column);
    }

    /**
     * The name or value the problem quotes (an unknown or repeated property's name, a value not allowed,
     * a floating-point number, a date that does not exist), as display text: the {@link Problem#value()}
     * of a JSON problem, as every problem carries what is wrong. Null when it quotes none.
     */
    private static String offending(Phrase problem) {
        for (String param : List.of("name", "value", "number", "date")) {
            if (problem.params().get(param) instanceof String quoted) {
                return quoted;
            }
        }
        return null;
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
        Phrase w = classify(cause, p, text, factory, location);
        if (w.code().equals(Phrase.UNKNOWN_PROPERTY) || w.code().equals(Phrase.DUPLICATE_KEY)) {
            // Point at the property name itself (the second one for a duplicate), not past its value.
            JsonLocation name = JsonLocator.nameLocation(text, path, w.code().equals(Phrase.DUPLICATE_KEY) ? 2 : 1);
            if (name != null) {
                location = name;
            }
        }
        return at(Math.max(location.getLineNr(), 0), Math.max(location.getColumnNr(), 0), path, w);
    }

    private static Phrase classify(
            JacksonException inner, JsonParser p, String text, JsonFactory factory, JsonLocation location) {
        if (inner instanceof CodedInputException coded) {
            return coded.phrase();
        }
        if (inner instanceof StreamConstraintsException) {
            return ParserMessages.tooLarge(inner.getOriginalMessage());
        }
        if (inner instanceof UnrecognizedPropertyException u) {
            return unknownProperty(u.getPropertyName(), u.getReferringClass(), u.getKnownPropertyIds());
        }
        if (inner instanceof InvalidNullException) {
            return Phrase.of(Phrase.NULL_NOT_ALLOWED);
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
            return WrongTypes.phrase(target == null ? Object.class : target, p.currentToken());
        }
        if (inner instanceof InputCoercionException) {
            return Phrase.of("json.wrong-type.out-of-range");
        }
        String message = inner.getOriginalMessage() == null ? "" : inner.getOriginalMessage();
        Matcher dup = DUPLICATE.matcher(message);
        if (dup.find()) {
            return Phrase.of(Phrase.DUPLICATE_KEY, "name", DisplayText.abbreviate(dup.group(1)));
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
        return ParserMessages.syntax(message);
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
    public static MalformedReportException rootNull(int line, int column) {
        return at(line, column, "", Phrase.of("json.null-not-allowed.report"));
    }

    private static Phrase trailing() {
        return Phrase.of(Phrase.TRAILING_CONTENT);
    }

    private static Phrase unknownProperty(String name, Class<?> owner, Collection<Object> known) {
        return Phrase.of(
                Phrase.UNKNOWN_PROPERTY, "name", DisplayText.abbreviate(name), "allowed", knownInOrder(owner, known));
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

    private static Phrase invalidEnum(Class<?> target, Object value, JsonToken token) {
        List<Phrase> allowed = new ArrayList<>();
        for (Object c : target.getEnumConstants()) {
            String name = ((Enum<?>) c).name();
            String title = ReportTerms.title(target.getSimpleName() + "." + name);
            allowed.add(
                    title == null
                            ? Phrase.of("word.enum-value", "name", name)
                            : Phrase.of("word.enum-value.titled", "name", name, "title", title));
        }
        return value instanceof String s
                ? Phrase.of(Phrase.INVALID_ENUM, "value", DisplayText.abbreviate(s), "allowed", allowed)
                : Phrase.of("json.invalid-enum.not-text", "found", WrongTypes.found(token), "allowed", allowed);
    }

    private static String pathOf(JacksonException e, JsonParser p) {
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            StringBuilder b = new StringBuilder();
            for (JsonMappingException.Reference r : m.getPath()) {
                JsonPointer.append(b, r.getFieldName() != null ? r.getFieldName() : Integer.toString(r.getIndex()));
            }
            return b.toString();
        }
        return p.getParsingContext().pathAsPointer().toString();
    }
}
