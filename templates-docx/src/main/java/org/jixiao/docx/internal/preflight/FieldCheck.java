// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.preflight;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.xml.stream.XMLStreamReader;
import org.jixiao.docx.internal.plan.TemplateProblems;
import org.jixiao.docx.internal.xml.Ns;
import org.jixiao.validation.Problem;

/**
 * Fields that fetch or run something: {@code DDE}, {@code DDEAUTO}, {@code INCLUDETEXT} (and its old
 * name {@code INCLUDE}), {@code INCLUDEPICTURE}, {@code IMPORT}, {@code LINK}. A complex field's
 * instruction is joined over all its {@code w:instrText} runs before the keyword is read; a field
 * whose keyword is itself produced, wholly or in part, by a nested field (the {@code QUOTE} trick) is
 * rejected too. The keyword is read as Word reads it ({@link #keyword}).
 */
final class FieldCheck implements PartVisitor {
    private static final Set<String> FORBIDDEN =
            Set.of("DDE", "DDEAUTO", "INCLUDETEXT", "INCLUDE", "INCLUDEPICTURE", "IMPORT", "LINK");
    /** Longest instruction kept per field: keywords come first, the rest only feeds the snippet. */
    private static final int MAX_INSTR = 4096;

    private static final class Field {
        final StringBuilder instr = new StringBuilder();
        final String location;
        boolean checked;
        boolean computed;

        Field(String location) {
            this.location = location;
        }
    }

    private final String part;
    private final Findings out;
    private final List<Field> open = new ArrayList<>();
    private boolean inInstr;

    FieldCheck(String part, Findings out) {
        this.part = part;
        this.out = out;
    }

    @Override
    public void start(String ns, String local, XMLStreamReader r, PartScan.Position at) {
        if (!ns.equals(Ns.W)) {
            return;
        }
        switch (local) {
            case "fldChar" -> fldChar(r.getAttributeValue(r.getNamespaceURI(), "fldCharType"), at);
            case "instrText" -> inInstr = true;
            case "fldSimple" -> check(r.getAttributeValue(r.getNamespaceURI(), "instr"), false, at.location());
            default -> {
                /* nothing */
            }
        }
    }

    private void fldChar(String type, PartScan.Position at) {
        if ("begin".equals(type)) {
            Field parent = top();
            Keyword so = parent == null ? null : read(parent.instr.toString());
            if (parent != null && !parent.checked && (so.text().isEmpty() || !so.ended())) {
                // A nested field before the keyword has ended makes the keyword, or its end.
                parent.computed = true;
            }
            open.add(new Field(at.location()));
        } else if ("separate".equals(type) || "end".equals(type)) {
            Field f = top();
            if (f == null) {
                return;
            }
            if (!f.checked) {
                f.checked = true;
                check(f.instr.toString(), f.computed, f.location);
            }
            if ("end".equals(type)) {
                open.remove(open.size() - 1);
            }
        }
    }

    @Override
    public void text(String text) {
        Field f = top();
        if (inInstr && f != null && !f.checked && f.instr.length() < MAX_INSTR) {
            f.instr.append(text, 0, Math.min(text.length(), MAX_INSTR - f.instr.length()));
        }
    }

    @Override
    public void end(String ns, String local) {
        if (ns.equals(Ns.W) && local.equals("instrText")) {
            inInstr = false;
        }
    }

    @Override
    public void finish(Findings findings) {
        // A field left open at the end of the part still had its instruction written.
        for (Field f : open) {
            if (!f.checked) {
                f.checked = true;
                check(f.instr.toString(), f.computed, f.location);
            }
        }
        open.clear();
    }

    private void check(String instr, boolean computed, String location) {
        String text = instr == null ? "" : instr.replaceAll("\\s+", " ").strip();
        String keyword = keyword(instr == null ? "" : instr);
        if (FORBIDDEN.contains(keyword)) {
            out.add(forbidden(location, text, keyword));
        } else if (computed) {
            out.add(forbidden(location, text, ""));
        }
    }

    /** A field instruction's keyword, and whether something after it ended it. */
    record Keyword(String text, boolean ended) {}

    /** The keyword of {@code instr} upper case, as {@link #read} finds it. */
    static String keyword(String instr) {
        return read(instr).text();
    }

    /**
     * Reads a field instruction's keyword as Word does: leading white space of any kind (U+00A0 and
     * U+3000 included) and quotes skipped, then up to white space, a quote or a backslash, so
     * {@code INCLUDEPICTURE"http://…"} and {@code INCLUDEPICTURE\d} are INCLUDEPICTURE; compared upper
     * case. Erring towards refusing, the instruction is NFKC-normalised first (full-width letters, quotes
     * and spaces count as their ASCII twins) and invisible format characters (U+200B, U+FEFF…) are
     * ignored.
     */
    static Keyword read(String instr) {
        String s = Normalizer.normalize(instr, Normalizer.Form.NFKC);
        int i = 0;
        while (i < s.length() && (isSpace(s.codePointAt(i)) || s.charAt(i) == '"' || isFormat(s.codePointAt(i)))) {
            i += Character.charCount(s.codePointAt(i));
        }
        StringBuilder k = new StringBuilder();
        for (; i < s.length(); i += Character.charCount(s.codePointAt(i))) {
            int cp = s.codePointAt(i);
            if (isSpace(cp) || cp == '"' || cp == '\\') {
                return new Keyword(k.toString().toUpperCase(Locale.ROOT), true);
            }
            if (!isFormat(cp)) {
                k.appendCodePoint(cp);
            }
        }
        return new Keyword(k.toString().toUpperCase(Locale.ROOT), false);
    }

    private static boolean isSpace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp);
    }

    private static boolean isFormat(int cp) {
        return Character.getType(cp) == Character.FORMAT;
    }

    private Problem forbidden(String location, String instr, String keyword) {
        String snippet = instr.length() > 120 ? instr.substring(0, 120) + "…" : instr;
        String code = "template.field.forbidden";
        return TemplateProblems.error(
                code, keyword.isEmpty() ? code + ".nested" : code, part, location, snippet, keyword);
    }

    private Field top() {
        return open.isEmpty() ? null : open.get(open.size() - 1);
    }
}
