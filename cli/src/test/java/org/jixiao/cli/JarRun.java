// SPDX-License-Identifier: Apache-2.0
package org.jixiao.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jixiao.json.ReportJson;
import org.jixiao.report.docx.Reports;
import org.jixiao.validation.ValidationResult;

/**
 * Runs the real runnable jar ({@code -Djixiao.jar}, built in {@code package}) as a separate process,
 * in a given folder, and keeps what it printed.
 *
 * @param exitCode the process's exit code
 * @param out stdout, UTF-8, line ends as {@code \n}
 * @param err stderr, likewise
 */
record JarRun(int exitCode, String out, String err) {
    static final Path JAR =
            Path.of(System.getProperty("jixiao.jar", "target/jixiao.jar")).toAbsolutePath();
    static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");
    private static final long TIMEOUT_SECONDS = 300;

    static JarRun in(Path folder, String... args) {
        return in(folder, Map.of(), args);
    }

    /** Runs {@code java -jar jixiao.jar args} in {@code folder}, with {@code env} added to the environment. */
    static JarRun in(Path folder, Map<String, String> env, String... args) {
        return in(folder, env, List.of(), args);
    }

    /** Runs {@code java <jvm options> -jar jixiao.jar args} in {@code folder}, e.g. with {@code -Xmx64m}. */
    static JarRun withJvm(Path folder, List<String> jvm, String... args) {
        return in(folder, Map.of(), jvm, args);
    }

    /** {@code java <jvm> -jar jixiao.jar args}. */
    static List<String> command(List<String> jvm, String... args) {
        assertTrue(Files.isRegularFile(JAR), "no " + JAR + ": the end-to-end tests run after package (mvn verify)");
        List<String> command = new ArrayList<>(List.of(JAVA.toString()));
        command.addAll(jvm);
        command.addAll(List.of("-jar", JAR.toString()));
        command.addAll(List.of(args));
        return command;
    }

    private static JarRun in(Path folder, Map<String, String> env, List<String> jvm, String... args) {
        List<String> command = command(jvm, args);
        try {
            Path logs = Files.createTempDirectory("jixiao-it-");
            Path out = logs.resolve("out");
            Path err = logs.resolve("err");
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(folder.toFile())
                    .redirectOutput(out.toFile())
                    .redirectError(err.toFile());
            builder.environment().putAll(env);
            Process process = builder.start();
            process.getOutputStream().close();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail("jixiao " + String.join(" ", args) + " did not finish within " + TIMEOUT_SECONDS + " s");
            }
            JarRun run = new JarRun(process.exitValue(), read(out), read(err));
            Files.delete(out);
            Files.delete(err);
            Files.delete(logs);
            return run;
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
    }

    List<String> outLines() {
        return out.lines().toList();
    }

    List<String> errLines() {
        return err.lines().toList();
    }

    /** stderr is exactly one line, the reason, with no trace of a Java exception. */
    String oneLineReason() {
        assertNoStackTrace();
        List<String> lines = errLines();
        assertTrue(lines.size() == 1, "one line on stderr, not:\n" + err);
        assertTrue(lines.get(0).startsWith("jixiao: "), lines.get(0));
        return lines.get(0);
    }

    void assertNoStackTrace() {
        assertFalse(err.contains("Exception"), err);
        assertFalse(err.contains("\tat "), err);
        assertFalse(out.contains("\tat "), out);
    }

    /** Copies the Potou example report from the classpath (the examples module) to {@code target}. */
    /** How many warnings the library finds in the Potou example, in process: the command line must report the same. */
    static int potouWarnings() {
        try (var in = JarRun.class.getResourceAsStream("/org/jixiao/examples/potou-2022.json")) {
            ValidationResult result = Reports.validate(ReportJson.read(in));
            assertTrue(!result.hasErrors() && !result.warnings().isEmpty(), "the example validates with warnings only");
            return result.warnings().size();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    static Path potou(Path target) {
        try (InputStream in = JarRun.class.getResourceAsStream("/org/jixiao/examples/potou-2022.json")) {
            if (in == null) {
                throw new AssertionError("potou-2022.json is not on the test classpath");
            }
            Files.createDirectories(target.toAbsolutePath().getParent());
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
