// SPDX-License-Identifier: Apache-2.0
package org.jixiao.testing.docx;

import org.jixiao.testing.docx.internal.CanonicalText;

/**
 * A canonical, readable text view of any .docx, for golden-file (approval) tests of your own
 * templates and renders. Same document → same text, whatever the JVM's locale or time zone; lines end
 * in {@code \n}. Parses with a DTD-refusing XML parser straight from the ZIP; needs no docx4j.
 *
 * <p>The text has one section per part, headed {@code == part/name.xml}: the main document, its
 * headers and footers, footnotes, endnotes, styles, numbering, settings. In a story:
 *
 * <pre>
 * [p style=Heading1 align=center] 整体绩效自评报告  {font=方正小标宋简体 sz=44}
 * [p ind.firstLineChars=200] 根据《…》要求，{b}一、基本情况{/b}…  {font=仿宋_GB2312 sz=32}
 * [tbl 1 cols=3 rows=2 header-rows=1 grid=1701,2835,4536]  [p align=center]  {sz=24}
 * &lt;header&gt; | 一级指标 | 二级指标 | 指标值 |
 * | &lt;vmerge=restart&gt; 产出指标 | 数量指标 | 100% |
 * | ^ | [align=left] 质量指标 ¶ 第二段 | {b}合格{/b} |
 * [sectPr A4 11906x16838 margins t=2098 b=1984 l=1588 r=1474 header=851 footer=992 gutter=0]
 *   docGrid type=lines linePitch=579 charSpace=0
 *   titlePg evenAndOddHeaders
 *   header.default=word/header1.xml footer.default=word/footer1.xml
 * </pre>
 *
 * <ul>
 *   <li>{@code [p …]}: paragraph properties as written (style id, {@code align}, {@code num}/{@code lvl},
 *       {@code outline}, {@code ind.*} and {@code spacing.*} in twips or hundredths of a character,
 *       {@code tabs}, {@code pageBreakBefore}…); style inheritance is not resolved.
 *   <li>Run formatting: the paragraph's first run formatting ({@code font}, {@code sz} in half-points,
 *       {@code b}, {@code i}, {@code u=…}, {@code color}…) is the trailing {@code {…}}; a run that differs is
 *       wrapped as {@code {b}text{/b}}, {@code -key} meaning the base has it and the run does not.
 *       Adjacent runs with the same formatting merge, so run splits do not show.
 *   <li>Tab {@code →}, line break {@code ↵}, {@code {pagebreak}}, {@code {columnbreak}}; fields
 *       {@code {INSTRUCTION|cached result}} (page-number results dropped: {@code {PAGE}}), links
 *       {@code {link target|text}}, pictures {@code {drawing inline name=… size=cxXcy target=…}};
 *       control, bidi and zero-width characters as {@code <U+XXXX>}; a line ending in white space gets
 *       {@code ¶}.
 *   <li>Tables: the {@code [tbl …]} line carries the table's first paragraph and run formatting, and
 *       cells show only what differs; cell properties as {@code <span=2 vmerge=restart valign=center>},
 *       merged continuation cells as {@code ^}, paragraphs in a cell joined by {@code ¶}; row flags
 *       ({@code <header h=567/exact cantSplit>}) lead the row; nested tables follow indented.
 *   <li>Not shown: tracked deletions and text moved away ({@code w:del}, {@code w:moveFrom}: the view
 *       is of the document with its tracked changes accepted), bookmarks, comments' text, text-box contents, drawing ids,
 *       {@code nsid}, revision ids. Markup characters in document text are not escaped: the view is
 *       for reading diffs, not for parsing back.
 * </ul>
 *
 * @since 0.1.0
 */
public final class DocxText {
    private DocxText() {}

    /**
     * The canonical text of a .docx.
     *
     * @param docx the package bytes; not null
     * @return the text, {@code \n}-terminated lines; never null
     * @throws org.jixiao.docx.TemplateException when the bytes are not a readable .docx: not a ZIP, over the pre-flight
     *     size limits, duplicate entries, a part with a DOCTYPE, ill-formed XML or in an encoding other
     *     than UTF-8 and UTF-16 with a byte-order mark, no main document ({@code _rels/.rels} must name a
     *     {@code w:document} part that is there)
     */
    public static String canonical(byte[] docx) {
        return CanonicalText.of(docx);
    }
}
