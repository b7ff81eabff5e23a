// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.load;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import org.docx4j.openpackaging.packages.OpcPackage;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.JaxbXmlPart;
import org.docx4j.openpackaging.parts.Part;
import org.docx4j.openpackaging.parts.WordprocessingML.FooterPart;
import org.docx4j.openpackaging.parts.WordprocessingML.HeaderPart;
import org.docx4j.openpackaging.parts.WordprocessingML.MainDocumentPart;
import org.jixiao.docx.internal.compile.Problems;
import org.jixiao.docx.internal.tree.TreeReader;
import org.jixiao.validation.Problem;

/**
 * Loads the template with docx4j once, at compile time, as a gate: the package must load, and
 * every XML part docx4j knows must unmarshal (forced, not lazily), else the part is named in a
 * problem. It also tells which parts are the main document, headers and footers. The plan is then
 * built from the template's own bytes, so nothing docx4j would drop or add reaches the output.
 */
public final class Docx4jGate {
    private Docx4jGate() {}

    /** What the gate found. */
    public record Result(List<Problem> problems, String mainPart, List<String> headersAndFooters) {}

    /** Checks {@code docx}, whose entries are {@code entries} (to tell well-formed parts docx4j cannot read). */
    public static Result check(byte[] docx, Map<String, byte[]> entries) {
        List<Problem> problems = new ArrayList<>();
        WordprocessingMLPackage pkg;
        try {
            OpcPackage any = OpcPackage.load(new ByteArrayInputStream(docx));
            if (!(any instanceof WordprocessingMLPackage wp)) {
                String[] kind = kind(any);
                problems.add(Problems.Code.PACKAGE_UNREADABLE.at(
                        "",
                        "",
                        "",
                        "这是" + kind[0] + "，不是 Word 文档。请用 Word 文档（.docx）作模板",
                        "it is " + kind[1] + ", not a Word document; use a Word document (.docx) as the template"));
                return new Result(problems, null, List.of());
            }
            pkg = wp;
        } catch (Exception | StackOverflowError e) {
            problems.add(Problems.Code.PACKAGE_UNREADABLE.at("", "", "", describe(e), describe(e)));
            return new Result(problems, null, List.of());
        }
        String main = null;
        List<String> hf = new ArrayList<>();
        for (Part part : pkg.getParts().getParts().values()) {
            String name = part.getPartName().getName().substring(1);
            if (part instanceof JaxbXmlPart<?> jp) {
                try {
                    if (jp.getContents() == null) {
                        problems.add(noContent(name, part.getContentType(), entries.get(name)));
                    }
                } catch (Exception | StackOverflowError e) {
                    problems.add(Problems.Code.PART_UNREADABLE.at(
                            name,
                            "",
                            "",
                            "其内容与部件类型不符（" + describe(e) + "）",
                            "its content does not match its type (" + describe(e) + ")"));
                }
            }
            if (part instanceof MainDocumentPart) {
                main = name;
            } else if (part instanceof HeaderPart || part instanceof FooterPart) {
                hf.add(name);
            }
        }
        if (main == null) {
            problems.add(Problems.Code.PACKAGE_UNREADABLE.at(
                    "", "", "", "缺少正文部件（word/document.xml）", "it has no main document part (word/document.xml)"));
        }
        hf.sort(null);
        problems.sort(java.util.Comparator.comparing(p -> p.template().part()));
        return new Result(problems, main, hf);
    }

    /** A part docx4j read no content from: not well-formed, or well-formed with the wrong root element. */
    private static Problem noContent(String name, String contentType, byte[] xml) {
        String root;
        try {
            root = xml == null ? null : TreeReader.parse(xml).qname;
        } catch (XMLStreamException | RuntimeException e) {
            return Problems.notWellFormed(name, e.getMessage());
        }
        return Problems.Code.PART_UNREADABLE.at(
                name,
                "",
                "",
                "XML 格式正确，但其中的元素（根元素 <" + root + ">）不符合这类部件（" + contentType + "）的规定，例如某个元素缺少命名空间",
                "its XML is well-formed, but its elements (root <" + root + ">) are not what a part of type "
                        + contentType + " holds, e.g. an element without its namespace");
    }

    /** What a package that is not a Word document is, in Chinese and English. */
    private static String[] kind(OpcPackage p) {
        String n = p.getClass().getSimpleName();
        if (n.startsWith("Spreadsheet")) {
            return new String[] {"Excel 工作簿", "an Excel workbook"};
        }
        if (n.startsWith("Presentation")) {
            return new String[] {"PowerPoint 演示文稿", "a PowerPoint presentation"};
        }
        return new String[] {"其他类型的 Office 文件", "another kind of Office file"};
    }

    private static String describe(Throwable e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName()
                + (m == null ? "" : ": " + m.lines().findFirst().orElse(""));
    }
}
