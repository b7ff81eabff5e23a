// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.compile;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.docx.internal.tree.XmlElem;
import org.jixiao.docx.internal.tree.XmlText;

/**
 * The text of one normalised paragraph and its markers. In {@link #text}, a tab is {@code \t}, a
 * break {@code \n} and any other object (drawing, field character…) {@link #OBJECT}; nested
 * paragraphs (text boxes) are not included.
 */
final class ParagraphText {
    static final char OBJECT = '\uFFFC';

    final XmlElem paragraph;
    final String text;
    /** Markers with offsets into {@link #text}. */
    final List<Token> tokens;
    /** The same markers, each with the text node holding it and offsets into that node. */
    final List<PlacedToken> placed;
    /** Lex problems found when the paragraph was first normalised. */
    final List<LexProblem> problems;

    ParagraphText(
            XmlElem paragraph, String text, List<Token> tokens, List<PlacedToken> placed, List<LexProblem> problems) {
        this.paragraph = paragraph;
        this.text = text;
        this.tokens = tokens;
        this.placed = placed;
        this.problems = problems;
    }

    /** The markers of each text node. */
    Map<XmlText, List<Token>> byNode() {
        Map<XmlText, List<Token>> m = new IdentityHashMap<>();
        for (PlacedToken p : placed) {
            m.computeIfAbsent(p.node(), k -> new ArrayList<>()).add(p.token());
        }
        return m;
    }

    /** Whether {@link #text} is blank apart from the markers (no text, tab, break or object). */
    boolean onlyMarkers() {
        int pos = 0;
        for (Token t : tokens) {
            if (!text.substring(pos, t.start()).isBlank()) {
                return false;
            }
            pos = t.end();
        }
        return text.substring(pos).isBlank()
                && text.indexOf(OBJECT) < 0
                && text.indexOf('\t') < 0
                && text.indexOf('\n') < 0;
    }

    boolean blankBefore(Token t) {
        return text.substring(0, t.start()).isBlank();
    }

    boolean blankAfter(Token t) {
        return text.substring(t.end()).isBlank();
    }

    /** Whether the first marker opens a section that the last marker closes (properly nested). */
    boolean firstPairsWithLast() {
        if (tokens.size() < 2 || tokens.get(0).type() != Token.Type.OPEN) {
            return false;
        }
        int depth = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.type() == Token.Type.OPEN) {
                depth++;
            } else if (t.type() == Token.Type.CLOSE) {
                depth--;
                if (depth == 0) {
                    return i == tokens.size() - 1
                            && t.path().equals(tokens.get(0).path());
                }
            }
        }
        return false;
    }
}
