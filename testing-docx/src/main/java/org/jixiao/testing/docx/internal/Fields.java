// SPDX-License-Identifier: Apache-2.0
package org.jixiao.testing.docx.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns complex fields ({@code w:fldChar} begin/separate/end with {@code w:instrText}) and simple
 * fields into {@code {INSTRUCTION|cached result}}, or {@code {INSTRUCTION}} when the result is empty.
 * A field may span paragraphs (a TOC): its {@code |} and {@code }} then appear on other lines.
 * Results of page-number fields are dropped, since every program caches a different number.
 * Nested fields inside an instruction are rendered into it. One instance per story (body, header…).
 */
final class Fields {
    private static final Set<String> PAGE_FIELDS = Set.of("PAGE", "NUMPAGES", "SECTIONPAGES", "PAGEREF");

    private static final class Frame {
        final StringBuilder instr = new StringBuilder();
        final Props props;
        boolean result;
        boolean bar;
        boolean suppress;

        Frame(Props props) {
            this.props = props;
        }
    }

    private final List<Frame> frames = new ArrayList<>();

    /** Delivers paragraph content: into an instruction, dropped, or into {@code out}. */
    void emit(Token t, List<Token> out) {
        deliver(t, frames.size(), out);
    }

    void begin(Props props) {
        frames.add(new Frame(props));
    }

    void instr(String text) {
        if (!frames.isEmpty() && !top().result) {
            top().instr.append(text);
        }
    }

    void separate(List<Token> out) {
        if (frames.isEmpty() || top().result) {
            return;
        }
        open(top(), out);
        top().result = true;
    }

    void end(List<Token> out) {
        if (frames.isEmpty()) {
            return;
        }
        Frame f = top();
        if (!f.result) {
            open(f, out);
        }
        int level = frames.size() - 1;
        deliver(Token.CLOSE, level, out);
        frames.remove(level);
    }

    private void open(Frame f, List<Token> out) {
        String instr = f.instr.toString().replaceAll("\\s+", " ").strip();
        int space = instr.indexOf(' ');
        String keyword = (space < 0 ? instr : instr.substring(0, space)).toUpperCase(Locale.ROOT);
        f.suppress = PAGE_FIELDS.contains(keyword);
        deliver(new Token("{" + instr, f.props), frames.size() - 1, out);
    }

    /** Routes {@code t} through the frames below {@code level} (0 = paragraph level). */
    private void deliver(Token t, int level, List<Token> out) {
        if (level == 0) {
            out.add(t);
            return;
        }
        Frame f = frames.get(level - 1);
        if (!f.result) {
            f.instr.append(t.text());
            return;
        }
        if (f.suppress) {
            return;
        }
        if (!f.bar) {
            f.bar = true;
            deliver(Token.BAR, level - 1, out);
        }
        deliver(t, level - 1, out);
    }

    private Frame top() {
        return frames.get(frames.size() - 1);
    }
}
