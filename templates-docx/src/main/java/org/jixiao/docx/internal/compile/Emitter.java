// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.compile;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jixiao.docx.internal.plan.Lit;
import org.jixiao.docx.internal.plan.Loc;
import org.jixiao.docx.internal.plan.Node;
import org.jixiao.docx.internal.plan.Path;
import org.jixiao.docx.internal.plan.Section;
import org.jixiao.docx.internal.plan.SectionKind;
import org.jixiao.docx.internal.plan.TemplateProblems;
import org.jixiao.validation.Problem;

/**
 * Builds a plan: static XML accumulates as text and becomes a {@link Lit} when a slot or a frame
 * boundary comes. Frames are either structural wrappers (a paragraph, cell, row, table, or an
 * inline container such as a hyperlink), pushed and popped by the compiler in balance, or sections
 * opened and closed by markers. A section must close in the wrapper it opened in; the checks that
 * enforce this produce the unclosed, unopened, mismatched and crossing problems.
 */
final class Emitter {
    private final StringBuilder pending = new StringBuilder(4096);
    private final Deque<Frame> stack = new ArrayDeque<>();
    private final List<Problem> problems;
    /** Sections reported unclosed, by path, with their problem: a later stray close turns it into a crossing. */
    private final Map<Path, Problem> unclosed = new HashMap<>();
    /** Sections closed early by a mismatched close: their own close, when it comes, is not reported again. */
    private final Set<Path> forgiven = new HashSet<>();
    /** The deepest loop nesting allowed; a deeper loop is reported once per part. */
    private final int maxLoopDepth;

    private boolean depthReported;
    /** Whether what is compiled now repeats as if in a loop: a note whose reference is in one. */
    private boolean repeated;

    /** An open wrapper (token == null) or section. */
    static final class Frame {
        final Token token;
        final Loc loc;
        final List<Node> nodes = new ArrayList<>();
        int mergeColumns;
        boolean reported;

        Frame(Token token, Loc loc) {
            this.token = token;
            this.loc = loc;
        }

        boolean isSection() {
            return token != null;
        }
    }

    Emitter(List<Problem> problems, int maxLoopDepth) {
        this.problems = problems;
        this.maxLoopDepth = maxLoopDepth;
        stack.push(new Frame(null, null));
    }

    /** Where static XML goes. */
    StringBuilder out() {
        return pending;
    }

    void node(Node n) {
        flush();
        stack.peek().nodes.add(n);
    }

    void pushWrap() {
        flush();
        stack.push(new Frame(null, null));
    }

    /** Pops the innermost wrapper; sections still open inside it are reported unclosed. */
    List<Node> popWrap() {
        flush();
        while (stack.peek().isSection()) {
            Frame f = stack.pop();
            if (!f.reported) {
                unclosed.put(
                        f.token.path(),
                        report(
                                Problems.Code.SECTION_UNCLOSED,
                                f.loc,
                                f.token.raw(),
                                f.token.path().text()));
            }
            addAll(stack.peek().nodes, f.nodes);
        }
        return stack.pop().nodes;
    }

    /** Pops a wrapper and adds its content to the enclosing frame as is. */
    void popWrapInline() {
        List<Node> nodes = popWrap();
        addAll(stack.peek().nodes, nodes);
    }

    Frame open(Token t, Loc loc) {
        flush();
        if (t.open() == SectionKind.LOOP && !depthReported) {
            int depth = 1 + loopsOpen();
            if (depth > maxLoopDepth) {
                depthReported = true;
                report(
                        Problems.Code.LOOP_TOO_DEEP,
                        loc,
                        Integer.toString(maxLoopDepth),
                        t.raw(),
                        Integer.toString(depth));
            }
        }
        Frame f = new Frame(t, loc);
        stack.push(f);
        return f;
    }

    void close(Token t, Loc loc) {
        flush();
        Frame match = null;
        boolean crossed = false;
        for (Frame f : stack) {
            if (!f.isSection()) {
                crossed = true;
            } else if (!f.reported && f.token.path().equals(t.path())) {
                match = f;
                break;
            }
        }
        if (match == null && forgiven.remove(t.path())) {
            return;
        }
        Frame innermost = innermostUnreported();
        if (match == null && unclosed.containsKey(t.path())) {
            Problem open = unclosed.remove(t.path());
            problems.remove(open);
            crosses(open.value() == null ? "" : open.value(), open.template().location(), loc);
        } else if (match == null && innermost != null) {
            report(Problems.Code.SECTION_MISMATCHED, loc, t.raw(), innermost.token.raw());
        } else if (match == null) {
            report(Problems.Code.SECTION_UNOPENED, loc, t.raw());
        } else if (crossed) {
            crosses(match.token.raw(), match.loc.location(), loc);
            match.reported = true;
        } else {
            // Sections already reported as crossing are closed silently: one problem, not a cascade.
            if (innermost != match) {
                report(Problems.Code.SECTION_MISMATCHED, loc, t.raw(), innermost.token.raw());
            }
            while (true) {
                Frame f = stack.pop();
                Section s = new Section(
                        f.token.open(), f.token.path(), f.nodes.toArray(Node[]::new), f.mergeColumns, f.loc);
                stack.peek().nodes.add(s);
                if (f == match) {
                    break;
                }
                if (!f.reported) {
                    forgiven.add(f.token.path());
                }
            }
        }
    }

    /** The innermost open section not reported yet, above the innermost wrapper; null if none. */
    private Frame innermostUnreported() {
        for (Frame f : stack) {
            if (!f.isSection()) {
                return null;
            }
            if (!f.reported) {
                return f;
            }
        }
        return null;
    }

    /**
     * Reports section {@code open}, opened at {@code openLocation}, closed across a boundary at
     * {@code close}, with the fix that fits where the two markers are.
     */
    private void crosses(String open, String openLocation, Loc close) {
        // "table 1, row 2, cell 3", or in a note "footnote 1, table 1, row 2, cell 3"
        boolean openInCell = openLocation.contains("table ");
        boolean closeInCell = close.location().contains("table ");
        String closing = "{{/" + open.substring(2).replaceFirst("^\\s*[#?^]\\s*", "");
        String how;
        if (!openInCell && openLocation.equals(close.location())) {
            how = "edge";
        } else if (!openInCell && closeInCell) {
            how = "into-table";
        } else if (openInCell && !closeInCell) {
            how = "out-of-table";
        } else if (openInCell) {
            how = "cells";
        } else {
            how = "paragraphs";
        }
        String id = Problems.Code.SECTION_CROSSES.id();
        report(
                Problems.Code.SECTION_CROSSES,
                close,
                open,
                openLocation,
                TemplateProblems.term(id + "." + how, open, closing));
    }

    private Problem report(Problems.Code code, Loc loc, Object... args) {
        Problem p = code.at(loc.part(), loc.location(), loc.snippet(), args);
        problems.add(p);
        return p;
    }

    /** How many enclosing sections are loops. */
    private int loopsOpen() {
        int n = 0;
        for (Frame f : stack) {
            if (f.isSection() && f.token.open() == SectionKind.LOOP) {
                n++;
            }
        }
        return n;
    }

    /**
     * Compiles what follows as repeated, or no longer: a note rendered for each of several references
     * (in a loop, where the loop's item and number are in scope, or twice in the template).
     */
    void repeated(boolean on) {
        repeated = on;
    }

    /** Whether any enclosing section is a loop, or the content {@linkplain #repeated repeats}. */
    boolean inLoop() {
        if (repeated) {
            return true;
        }
        for (Frame f : stack) {
            if (f.isSection() && f.token.open() == SectionKind.LOOP) {
                return true;
            }
        }
        return false;
    }

    /** The innermost frame; a section when called right after {@link #open}. */
    Frame top() {
        return stack.peek();
    }

    private void flush() {
        if (pending.length() > 0) {
            add(stack.peek().nodes, new Lit(pending.toString().getBytes(StandardCharsets.UTF_8)));
            pending.setLength(0);
        }
    }

    static void addAll(List<Node> to, List<Node> nodes) {
        for (Node n : nodes) {
            add(to, n);
        }
    }

    /** Adds {@code n}, joining it to a preceding literal. */
    static void add(List<Node> to, Node n) {
        if (n instanceof Lit l && !to.isEmpty() && to.get(to.size() - 1) instanceof Lit prev) {
            byte[] b = new byte[prev.bytes().length + l.bytes().length];
            System.arraycopy(prev.bytes(), 0, b, 0, prev.bytes().length);
            System.arraycopy(l.bytes(), 0, b, prev.bytes().length, l.bytes().length);
            to.set(to.size() - 1, new Lit(b));
        } else {
            to.add(n);
        }
    }
}
