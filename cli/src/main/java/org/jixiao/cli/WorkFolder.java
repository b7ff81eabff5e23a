// SPDX-License-Identifier: Apache-2.0
package org.jixiao.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A new hidden folder beside an output file, for an external program to write into; closing it deletes
 * it with everything in it. Beside the output, so that finished files are moved, not copied, into place.
 * Each instance is a folder of its own, so concurrent conversions never share one.
 */
final class WorkFolder implements AutoCloseable {
    private final Path path;

    private WorkFolder(Path path) {
        this.path = path;
    }

    /** A new folder named {@code prefix…} in {@code output}'s folder. */
    static WorkFolder beside(Path output, String prefix) throws IOException {
        return new WorkFolder(Files.createTempDirectory(output.toAbsolutePath().getParent(), prefix));
    }

    Path path() {
        return path;
    }

    /** Deletes the folder; a leftover is not worth failing the command for, so errors are ignored. */
    @Override
    public void close() {
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | UncheckedIOException e) {
            // see above
        }
    }
}
