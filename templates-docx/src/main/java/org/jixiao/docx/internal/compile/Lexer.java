// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.compile;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jixiao.docx.internal.plan.Path;
import org.jixiao.docx.internal.plan.SectionKind;
import org.jixiao.format.NumberingStyle;
import org.jixiao.format.TextFormat;

/**
 * Finds markers in text. The grammar is fixed and nothing is evaluated: {@code {{path}}},
 * {@code {{path|option|…}}}, {@code {{path|image}}}, {@code {{path|link}}}, {@code {{#path}}}, {@code {{?path}}}, {@code {{^path}}},
 * {@code {{/path}}}, {@code {{@n}}}, {@code {{@n|style}}}. Spaces (no-break spaces too) inside the braces are
 * ignored and a full-width bar {@code ｜} counts as {@code |}.
 */
public final class Lexer {
    private static final Pattern PATH =
            Pattern.compile("\\.|[\\p{L}_][\\p{L}\\p{N}_-]*(\\.[\\p{L}_][\\p{L}\\p{N}_-]*)*");
    private static final int SNIPPET = 24;
    private static final NumberingStyle ARABIC = NumberingStyle.byLabel("1").orElseThrow();
    /** The option that makes a placeholder a picture. */
    static final String IMAGE = "image";
    /** The option that makes a placeholder a hyperlink. */
    static final String LINK = "link";

    private Lexer() {}

    /** The well-formed markers of {@code s} in order; malformed ones go to {@code problems} if not null. */
    public static List<Token> lex(String s, List<LexProblem> problems) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        while (true) {
            int open = s.indexOf("{{", i);
            if (open < 0) {
                return out;
            }
            int close = s.indexOf("}}", open + 2);
            int next = s.indexOf("{{", open + 2);
            if (close < 0 || (next >= 0 && next < close)) {
                report(problems, new LexProblem(Problems.Code.PLACEHOLDER_UNTERMINATED, snippet(s, open), ""));
                if (close < 0) {
                    return out;
                }
                i = next;
                continue;
            }
            String raw = s.substring(open, close + 2);
            Token t = parse(raw, s.substring(open + 2, close), open, close + 2, problems);
            if (t != null) {
                out.add(t);
            }
            i = close + 2;
        }
    }

    private static Token parse(String raw, String inner, int start, int end, List<LexProblem> problems) {
        String body = inner.replace('｜', '|').replace('\u00A0', ' ').strip();
        if (body.isEmpty()) {
            report(problems, new LexProblem(Problems.Code.PLACEHOLDER_EMPTY, raw, ""));
            return null;
        }
        char c = body.charAt(0);
        if (c == '@') {
            return number(raw, body.substring(1), start, end, problems);
        }
        if (c == '#' || c == '?' || c == '^' || c == '/') {
            String p = body.substring(1).strip();
            if (!PATH.matcher(p).matches()) {
                report(problems, new LexProblem(Problems.Code.PLACEHOLDER_MALFORMED, raw, raw));
                return null;
            }
            SectionKind kind =
                    c == '#' ? SectionKind.LOOP : c == '?' ? SectionKind.IF : c == '^' ? SectionKind.UNLESS : null;
            Token.Type type = kind == null ? Token.Type.CLOSE : Token.Type.OPEN;
            return new Token(start, end, raw, type, kind, Path.of(p), null, null, "", false);
        }
        return value(raw, body, start, end, problems);
    }

    private static Token value(String raw, String body, int start, int end, List<LexProblem> problems) {
        String[] parts = body.split("\\|", -1);
        String p = parts[0].strip();
        if (!PATH.matcher(p).matches()) {
            report(problems, new LexProblem(Problems.Code.PLACEHOLDER_MALFORMED, raw, raw));
            return null;
        }
        TextFormat format = null;
        NumberingStyle style = null;
        boolean merge = false;
        String option = "";
        Token.Type type = Token.Type.VALUE;
        for (int k = 1; k < parts.length; k++) {
            String o = parts[k].strip();
            if (o.equals("merge")) {
                merge = true;
                continue;
            }
            if (o.equals(IMAGE) || o.equals(LINK)) {
                if (!option.isEmpty() || parts.length > 2) {
                    // A picture or hyperlink is no text: it takes no format and merges with nothing.
                    report(problems, new LexProblem(Problems.Code.FORMATTER_MULTIPLE, raw, o));
                    return null;
                }
                type = o.equals(IMAGE) ? Token.Type.IMAGE : Token.Type.LINK;
                option = o;
                continue;
            }
            if (type != Token.Type.VALUE) {
                report(problems, new LexProblem(Problems.Code.FORMATTER_MULTIPLE, raw, o));
                return null;
            }
            TextFormat f = TextFormat.byName(o).orElse(null);
            NumberingStyle ns = f == null ? NumberingStyle.byLabel(o).orElse(null) : null;
            if (f == null && ns == null) {
                report(problems, new LexProblem(Problems.Code.FORMATTER_UNKNOWN, raw, o));
                return null;
            }
            if (format != null || style != null) {
                report(problems, new LexProblem(Problems.Code.FORMATTER_MULTIPLE, raw, o));
                return null;
            }
            format = f;
            style = ns;
            option = o;
        }
        return new Token(start, end, raw, type, null, Path.of(p), format, style, option, merge);
    }

    private static Token number(String raw, String rest, int start, int end, List<LexProblem> problems) {
        String[] parts = rest.split("\\|", -1);
        if (!parts[0].strip().equals("n") || parts.length > 2) {
            report(problems, new LexProblem(Problems.Code.PLACEHOLDER_MALFORMED, raw, raw));
            return null;
        }
        NumberingStyle style = ARABIC;
        String o = "1";
        if (parts.length == 2) {
            o = parts[1].strip();
            style = NumberingStyle.byLabel(o).orElse(null);
            if (style == null) {
                report(problems, new LexProblem(Problems.Code.FORMATTER_UNKNOWN, raw, o));
                return null;
            }
        }
        return new Token(start, end, raw, Token.Type.NUMBER, null, null, null, style, o, false);
    }

    /** Every option name a placeholder accepts, for messages. */
    public static String optionNames() {
        StringBuilder sb = new StringBuilder();
        for (TextFormat f : TextFormat.values()) {
            sb.append(f.formatName()).append(' ');
        }
        for (NumberingStyle s : NumberingStyle.values()) {
            sb.append(s.label()).append(' ');
        }
        return sb.append("merge ").append(IMAGE).append(' ').append(LINK).toString();
    }

    private static String snippet(String s, int from) {
        return s.substring(from, Math.min(s.length(), from + SNIPPET));
    }

    private static void report(List<LexProblem> problems, LexProblem p) {
        if (problems != null) {
            problems.add(p);
        }
    }
}
