// SPDX-License-Identifier: Apache-2.0
package org.jixiao.report.docx.internal.build;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jixiao.docx.internal.engine.PlanCodec;
import org.jixiao.docx.internal.engine.TemplateCompiler;
import org.jixiao.docx.internal.zip.DeterministicZip;

/**
 * Build step: packs a template kept unpacked in the repository (pretty-printed XML parts, so a
 * layout change is a readable diff) into a .docx, then compiles that .docx and writes its plan
 * ({@link PlanCodec}) next to it, {@code name.docx} → {@code name.plan}, so that a fresh JVM decodes the
 * official template's plan instead of compiling it: measured on 2026-12-06 (benchmarks README, "start-up
 * decisions"), a cold {@code jixiao render} of the example took 0.74 s wall and 1.25 s CPU with the plan,
 * 0.90 s and 1.45 s without it. Deterministic: parts in sorted path
 * order after {@code [Content_Types].xml}, fixed timestamps, so the same sources give the same bytes.
 * A template that does not compile fails the build with its problems.
 *
 * <p>Run by Maven ({@code exec-maven-plugin}, phase {@code process-classes}) with pairs of
 * arguments: the source folder and the .docx to write. A .docx whose name ends in {@code -text.docx}
 * is the text-only variant of its source ({@link #textOnly(String)}): the same template without its
 * attachment pages.
 */
public final class TemplatePacker {
    private TemplatePacker() {}

    public static void main(String[] args) throws IOException {
        if (args.length % 2 != 0 || args.length == 0) {
            throw new IllegalArgumentException("usage: TemplatePacker SOURCE_DIR OUT.docx [SOURCE_DIR OUT.docx …]");
        }
        for (int i = 0; i < args.length; i += 2) {
            pack(Path.of(args[i]), Path.of(args[i + 1]));
        }
    }

    /** Packs every file below {@code source} into {@code target}, replacing it. */
    public static void pack(Path source, Path target) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(source)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        DeterministicZip zip = new DeterministicZip();
        boolean textOnly = target.getFileName().toString().endsWith("-text.docx");
        for (Path file : files) {
            String name = source.relativize(file).toString().replace('\\', '/');
            byte[] bytes = Files.readAllBytes(file);
            if (textOnly && name.equals("word/document.xml")) {
                bytes = textOnly(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
            }
            zip.add(name, bytes);
        }
        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        zip.writeTo(docx);
        byte[] bytes = docx.toByteArray();
        Files.createDirectories(target.toAbsolutePath().getParent());
        Files.write(target, bytes);
        Files.write(planOf(target), PlanCodec.write(TemplateCompiler.compile(bytes), PlanCodec.headerOf(bytes)));
    }

    /**
     * The main part without its attachment pages: everything from the comment that starts with
     * {@value #BEGIN} to the one that starts with {@value #END} — the section break that ends the text,
     * the attachment pages and the final section properties — becomes an empty paragraph followed by
     * the break's section properties as the document's last. So the document ends on the text's own
     * page layout, with no empty page of the attachments' layout after it.
     *
     * @throws IllegalArgumentException when the markers or the section break are missing
     */
    static String textOnly(String documentXml) {
        int begin = documentXml.indexOf(BEGIN);
        int end = documentXml.indexOf(END);
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("document.xml lacks the " + BEGIN + " … " + END + " markers");
        }
        int endOfEnd = documentXml.indexOf("-->", end) + "-->".length();
        String pages = documentXml.substring(begin, endOfEnd);
        int sectStart = pages.indexOf("<w:sectPr");
        int sectEnd = pages.indexOf("</w:sectPr>");
        if (sectStart < 0 || sectEnd < sectStart) {
            throw new IllegalArgumentException("no section break after " + BEGIN);
        }
        String sectPr = pages.substring(sectStart, sectEnd + "</w:sectPr>".length());
        return documentXml.substring(0, begin)
                + "<w:p><w:pPr><w:pStyle w:val=\"BodyText\"/></w:pPr></w:p>"
                + sectPr
                + documentXml.substring(endOfEnd);
    }

    private static final String BEGIN = "<!-- jixiao:attachment-pages";
    private static final String END = "<!-- /jixiao:attachment-pages";

    /** Where the plan of the .docx {@code target} goes: the same name with {@code .plan}. */
    static Path planOf(Path target) {
        String name = target.getFileName().toString();
        if (!name.endsWith(".docx")) {
            throw new IllegalArgumentException("the template to write must end in .docx: " + target);
        }
        return target.resolveSibling(name.substring(0, name.length() - ".docx".length()) + ".plan");
    }
}
