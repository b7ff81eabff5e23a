// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.build;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
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
 * ({@link PlanCodec}) next to it, {@code name.docx} → {@code name.plan}, so that rendering an
 * official template needs neither docx4j nor JAXB at run time. Deterministic: parts in sorted path
 * order after {@code [Content_Types].xml}, fixed timestamps, so the same sources give the same bytes.
 * A template that does not compile fails the build with its problems.
 *
 * <p>Run by Maven ({@code exec-maven-plugin}, phase {@code process-classes}) with pairs of
 * arguments: the source folder and the .docx to write.
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
        for (Path file : files) {
            String name = source.relativize(file).toString().replace('\\', '/');
            zip.add(name, Files.readAllBytes(file));
        }
        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        zip.writeTo(docx);
        byte[] bytes = docx.toByteArray();
        Files.createDirectories(target.toAbsolutePath().getParent());
        Files.write(target, bytes);
        Files.write(planOf(target), PlanCodec.write(TemplateCompiler.compile(bytes), PlanCodec.headerOf(bytes)));
    }

    /** Where the plan of the .docx {@code target} goes: the same name with {@code .plan}. */
    static Path planOf(Path target) {
        String name = target.getFileName().toString();
        if (!name.endsWith(".docx")) {
            throw new IllegalArgumentException("the template to write must end in .docx: " + target);
        }
        return target.resolveSibling(name.substring(0, name.length() - ".docx".length()) + ".plan");
    }
}
