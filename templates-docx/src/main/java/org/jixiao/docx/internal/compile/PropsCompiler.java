// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.compile;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.docx.internal.plan.Loc;
import org.jixiao.docx.internal.plan.Node;
import org.jixiao.docx.internal.plan.PartPlan;
import org.jixiao.docx.internal.plan.Tags;
import org.jixiao.docx.internal.plan.TemplateProblems;
import org.jixiao.docx.internal.plan.Value;
import org.jixiao.docx.internal.tree.TreeWriter;
import org.jixiao.docx.internal.tree.XmlElem;
import org.jixiao.docx.internal.tree.XmlNode;
import org.jixiao.docx.internal.tree.XmlText;
import org.jixiao.validation.Problem;

/**
 * Compiles document properties ({@code docProps/core.xml}, {@code docProps/app.xml}) whose text
 * holds value placeholders, e.g. a title {@code {{unit.name}}绩效自评报告} set in Word's File ›
 * Properties, so the properties come from the data. Only values are allowed there; the text is
 * written escaped, with no run markup.
 */
public final class PropsCompiler {
    /** Plain text: no {@code w:t}, a tab and a line break stay characters. */
    private static final Tags PLAIN = new Tags(new byte[0], new byte[0], new byte[] {'\t'}, new byte[] {'\n'});

    private PropsCompiler() {}

    public static PartPlan compile(String part, XmlElem root, List<Problem> problems) {
        Emitter emitter = new Emitter(problems, /* maxLoopDepth= */ 1);
        emitter.pushWrap();
        emitter.out().append(TreeWriter.DECLARATION);
        element(part, root, emitter, problems);
        return new PartPlan(part, emitter.popWrap().toArray(Node[]::new));
    }

    private static void element(String part, XmlElem e, Emitter emitter, List<Problem> problems) {
        TreeWriter.startTag(emitter.out(), e, e.children.isEmpty());
        if (e.children.isEmpty()) {
            return;
        }
        for (XmlNode n : e.children) {
            if (n instanceof XmlElem c) {
                element(part, c, emitter, problems);
            } else {
                text(part, ((XmlText) n).text, emitter, problems);
            }
        }
        TreeWriter.endTag(emitter.out(), e);
    }

    private static void text(String part, String s, Emitter emitter, List<Problem> problems) {
        List<LexProblem> lex = new ArrayList<>();
        int pos = 0;
        for (Token t : Lexer.lex(s, lex)) {
            TreeWriter.text(emitter.out(), s.substring(pos, t.start()));
            if (t.type() == Token.Type.VALUE && !t.path().isItem() && !t.merge()) {
                emitter.node(new Value(
                        t.path(), t.format(), t.style(), t.option(), false, PLAIN, new Loc(part, "", t.raw())));
            } else {
                problems.add(Problems.Code.PLACEHOLDER_UNSUPPORTED_PLACE.at(
                        part, "", t.raw(), t.raw(), TemplateProblems.term("word.place.document-properties")));
            }
            pos = t.end();
        }
        TreeWriter.text(emitter.out(), s.substring(pos));
        for (LexProblem p : lex) {
            problems.add(p.code().at(part, "", p.snippet(), p.arg(), Lexer.optionNames()));
        }
    }
}
