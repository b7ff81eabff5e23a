// SPDX-License-Identifier: Apache-2.0
package org.jixiao.cli;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jixiao.Lang;

/**
 * A program jixiao runs but does not ship (LibreOffice's {@code soffice}, poppler's {@code pdftoppm}),
 * found on the PATH and run with a time limit, its output kept in a log file.
 *
 * @param executable the program's file
 */
record ExternalProgram(Path executable) {

    /** The first executable {@code name} (or {@code name.exe}) on {@code path}, a PATH-style list of folders; may be null. */
    static Optional<ExternalProgram> find(String name, String path) {
        if (path == null || path.isEmpty()) {
            return Optional.empty();
        }
        for (String folder : path.split(File.pathSeparator)) {
            if (folder.isEmpty()) {
                continue;
            }
            for (String file : List.of(name, name + ".exe")) {
                Path candidate = Path.of(folder, file);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return Optional.of(new ExternalProgram(candidate));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * {@code name} on this process's PATH, or a {@link Failure} ({@link ExitCode#NOT_CONVERTED}) saying
     * {@code missing} with each of {@code install} (how to install it) below.
     */
    static ExternalProgram require(String name, Lang lang, Message missing, Message... install) {
        return onPath(name)
                .orElseThrow(() -> new Failure(
                        ExitCode.NOT_CONVERTED,
                        missing.format(lang),
                        Arrays.stream(install).map(m -> m.format(lang)).toList()));
    }

    /** {@link #find(String, String)} on this process's PATH. */
    static Optional<ExternalProgram> onPath(String name) {
        return find(name, System.getenv("PATH"));
    }

    /**
     * Runs the program with {@code arguments} and {@code environment} added to this process's,
     * stdout and stderr both to {@code log}, no stdin.
     *
     * @return the exit code, or empty when it did not finish within {@code timeoutSeconds} (then it and
     *     its children are killed)
     */
    OptionalInt run(List<String> arguments, Map<String, String> environment, Path log, int timeoutSeconds)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(executable.toString());
        command.addAll(arguments);
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        process.getOutputStream().close();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            return OptionalInt.empty();
        }
        return OptionalInt.of(process.exitValue());
    }

    /** {@code exit N: <the log's last non-blank line>}, or {@code exit N} when the log is empty or unreadable. */
    static String lastLine(Path log, int exitValue) {
        try (Stream<String> lines = Files.lines(log, StandardCharsets.UTF_8)) {
            return lines.map(String::strip)
                    .filter(l -> !l.isEmpty())
                    .reduce((a, b) -> b)
                    .map(l -> "exit " + exitValue + ": " + l)
                    .orElse("exit " + exitValue);
        } catch (IOException | UncheckedIOException e) {
            return "exit " + exitValue;
        }
    }
}
