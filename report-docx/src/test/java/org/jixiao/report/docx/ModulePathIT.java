// SPDX-License-Identifier: Apache-2.0
package org.jixiao.report.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jars on the module path, as an application module uses them: the public API works (Jackson
 * reads the records, Hibernate Validator validates them and words its messages from jixiao's bundle, the
 * official template loads from its plan), and no {@code internal} package is reachable, neither to the
 * compiler nor by reflection.
 */
class ModulePathIT {
    private static final String MODULE_INFO = "module probe { requires org.jixiao.report.docx; }";

    @TempDir
    Path dir;

    /** This module's jar, then its runtime dependencies (jixiao's own jars among them). */
    private static String modulePath() throws IOException {
        String jar = System.getProperty("jixiao.jar");
        String runtime = Files.readString(
                        Path.of(System.getProperty("jixiao.runtime.classpath")), StandardCharsets.UTF_8)
                .strip();
        return jar + File.pathSeparator + runtime;
    }

    private Path source(String module, String className, String code) throws IOException {
        Path src = dir.resolve(module);
        Files.createDirectories(src.resolve("probe"));
        Files.writeString(src.resolve("module-info.java"), MODULE_INFO);
        Files.writeString(src.resolve("probe").resolve(className + ".java"), code);
        return src;
    }

    private String compile(Path src, Path out) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        List<String> args = new ArrayList<>(List.of("--module-path", modulePath(), "-d", out.toString()));
        try (var files = Files.walk(src)) {
            files.filter(p -> p.toString().endsWith(".java")).forEach(p -> args.add(p.toString()));
        }
        int status = javac.run(null, diagnostics, diagnostics, args.toArray(String[]::new));
        return status == 0 ? "" : diagnostics.toString(StandardCharsets.UTF_8);
    }

    @Test
    void anInternalPackageIsNotVisibleToTheCompiler() throws IOException {
        Path src = source(
                "internal",
                "Internal",
                "package probe;\n"
                        + "public class Internal {\n"
                        + "    Object engine = org.jixiao.docx.internal.engine.Precompiled.class;\n"
                        + "    Object official = org.jixiao.report.docx.internal.ReportData.class;\n"
                        + "    Object core = org.jixiao.internal.json.ReportTree.class;\n"
                        + "}\n");
        String errors = compile(src, dir.resolve("internal-out"));
        for (String pkg : List.of(
                "org.jixiao.docx.internal.engine", "org.jixiao.report.docx.internal", "org.jixiao.internal.json")) {
            assertTrue(
                    errors.contains("package " + pkg + " is not visible")
                            || errors.contains("package " + pkg + " is declared in module"),
                    pkg + " must not be visible:\n" + errors);
        }
    }

    @Test
    void thePublicApiWorksOnTheModulePathAndInternalsRefuseReflection() throws Exception {
        Path src = source(
                "api",
                "Main",
                "package probe;\n"
                        + "import org.jixiao.Lang;\n"
                        + "import org.jixiao.json.ReportJson;\n"
                        + "import org.jixiao.report.docx.OfficialTemplate;\n"
                        + "import org.jixiao.report.docx.Reports;\n"
                        + "import org.jixiao.validation.ValidationResult;\n"
                        + "public class Main {\n"
                        + "    public static void main(String[] args) throws Exception {\n"
                        + "        ValidationResult result = Reports.validate(ReportJson.read(\"{}\"));\n"
                        + "        System.out.println(\"errors \" + result.errors().size());\n"
                        + "        System.out.println(\"message \" + result.errors().get(0).message(Lang.ZH));\n"
                        + "        System.out.println(\"fields \" + OfficialTemplate.OVERALL_SELF_EVALUATION.template().fields().size());\n"
                        + "        System.out.println(\"schema \" + Reports.dataSchema().contains(\"readOnly\"));\n"
                        + "        Class<?> internal = Class.forName(\"org.jixiao.docx.internal.engine.Precompiled\");\n"
                        + "        try {\n"
                        + "            internal.getMethod(\"load\", byte[].class, byte[].class).invoke(null, new byte[0], null);\n"
                        + "            System.out.println(\"internal reachable\");\n"
                        + "        } catch (IllegalAccessException expected) {\n"
                        + "            System.out.println(\"internal refused\");\n"
                        + "        }\n"
                        + "    }\n"
                        + "}\n");
        Path out = dir.resolve("api-out");
        assertEquals("", compile(src, out));

        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process run = new ProcessBuilder(
                        java.toString(),
                        "--module-path",
                        modulePath() + File.pathSeparator + out,
                        "-Duser.language=en",
                        "-m",
                        "probe/probe.Main")
                .redirectErrorStream(true)
                .start();
        String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(run.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, run.exitValue(), output);
        List<String> lines = output.lines().toList();
        assertTrue(lines.stream().anyMatch(l -> l.matches("errors [1-9][0-9]*")), output);
        String message =
                lines.stream().filter(l -> l.startsWith("message ")).findFirst().orElse("");
        assertTrue(message.codePoints().anyMatch(c -> c >= 0x4E00 && c <= 0x9FFF), "worded in Chinese: " + output);
        assertFalse(message.contains("{org.jixiao"), "the bundle was found: " + output);
        assertTrue(lines.stream().anyMatch(l -> l.matches("fields [1-9][0-9]*")), output);
        assertTrue(lines.contains("schema true"), output);
        assertTrue(lines.contains("internal refused"), output);
    }
}
