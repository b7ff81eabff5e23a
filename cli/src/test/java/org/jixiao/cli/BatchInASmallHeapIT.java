// SPDX-License-Identifier: Apache-2.0
package org.jixiao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jixiao.AtomicFile;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code batch --threads 32} in a 64 MB heap holds back instead of running out of memory, and a batch
 * killed with {@code kill -9} leaves no temporary file once a batch runs again in its folder.
 */
@Tag("hostile-templates")
class BatchInASmallHeapIT {
    private static final List<String> SMALL_HEAP = List.of("-Xmx64m");
    private static final int FILES = 64;

    @TempDir
    Path dir;

    /**
     * {@link #FILES} copies of the Potou report with 600 more paragraphs in its first goal, about 280 KB
     * of JSON each: 32 of them rendered at once need more than 64 MB (without a bound, 5 to 11 of the 64
     * failed with OutOfMemoryError in three runs).
     */
    private Path largeReports() throws IOException {
        Path in = dir.resolve("in");
        Path potou = JarRun.potou(dir.resolve("potou.json"));
        ObjectMapper json = new ObjectMapper();
        ObjectNode report = (ObjectNode) json.readTree(Files.readString(potou, StandardCharsets.UTF_8));
        ArrayNode paragraphs = (ArrayNode) report.get("goals").get(0).get("paragraphs");
        Random random = new Random(20260101L);
        String words = "民政救助保障标准城乡低保特困人员基本生活供养提高发放补助工作落实推进完善服务管理制度建设";
        for (int i = 0; i < 600; i++) {
            StringBuilder p = new StringBuilder("第").append(i + 1).append("项：");
            for (int k = 0; k < 120; k++) {
                p.append(words.charAt(random.nextInt(words.length())));
            }
            paragraphs.add(p.append('。').toString());
        }
        Files.createDirectories(in);
        String text = json.writeValueAsString(report);
        for (int i = 0; i < FILES; i++) {
            Files.writeString(
                    in.resolve(String.format(java.util.Locale.ROOT, "r%02d.json", i)), text, StandardCharsets.UTF_8);
        }
        return in;
    }

    @Test
    void thirtyTwoThreadsInA64MbHeapWaitForMemoryInsteadOfRunningOut() throws IOException {
        largeReports();
        JarRun run = JarRun.withJvm(dir, SMALL_HEAP, "--lang", "en", "batch", "in", "-o", "out", "--threads", "32");
        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertEquals("", run.err());
        assertTrue(run.out().contains(FILES + " file(s): " + FILES + " written, 0 failed"), run.out());
        assertEquals(expected(), names(dir.resolve("out")));
    }

    @Test
    void aBatchKilledMidwayLeavesNoTemporaryFileOnceABatchRunsAgain() throws IOException, InterruptedException {
        largeReports();
        Path out = dir.resolve("out");
        Process batch = new ProcessBuilder(JarRun.command(SMALL_HEAP, "batch", "in", "-o", "out", "--threads", "32"))
                .directory(dir.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (batch.isAlive() && names(out).size() < 4 && System.nanoTime() < until) {
            Thread.sleep(20);
        }
        batch.destroyForcibly(); // SIGKILL: no shutdown hook, no finally block runs
        assertTrue(batch.waitFor(60, TimeUnit.SECONDS));
        // What a kill between writing and moving leaves, whether or not this kill happened to.
        Files.writeString(AtomicFile.temporary(out.resolve("r00.docx"), batch.pid()), "half a document");

        JarRun again = JarRun.withJvm(dir, SMALL_HEAP, "--lang", "en", "batch", "in", "-o", "out");
        assertEquals(0, again.exitCode(), again.out() + again.err());
        assertEquals(expected(), names(out), "every document, and no temporary file");
    }

    private static List<String> expected() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < FILES; i++) {
            names.add(String.format(java.util.Locale.ROOT, "r%02d.docx", i));
        }
        return names;
    }

    private static List<String> names(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
