// SPDX-License-Identifier: Apache-2.0
package org.jixiao.cli;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.jixiao.AtomicFile;
import org.jixiao.Lang;
import org.jixiao.docx.DocxTemplate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code jixiao batch DIR -o OUTDIR}: renders every {@code *.json} of a folder (not its subfolders) on
 * several threads, each to {@code OUTDIR/<name>.docx}, atomically. One bad file never stops the others;
 * exit 1 when any failed. Documents in flight are bounded by memory ({@link MemoryBudget}): in a small
 * heap fewer threads render and files wait their turn. Temporary files an earlier batch left in
 * {@code OUTDIR} when it was killed are removed first ({@link AtomicFile#removeStaleTemporaries}).
 */
@Command(name = "batch", abbreviateSynopsis = true)
final class BatchCommand implements Callable<Integer> {
    static final int MAX_THREADS = 256;
    /**
     * Threads that write documents: each write waits for the disk (the file is forced to disk before
     * it is moved into place), so writing runs beside the {@code --threads} that render, not in them.
     */
    private static final int WRITERS = 4;
    /** Documents rendered but not yet written, at most: bounds memory when the disk is the slower. */
    private static final int MAX_IN_MEMORY = 64;

    @Mixin
    HelpOption help;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", descriptionKey = "dir")
    Path dir;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "OUTDIR",
            required = true)
    Path outDir;

    @Option(names = "--threads", paramLabel = "N")
    Integer threads;

    @Option(names = "--template", paramLabel = "T.docx")
    Path template;

    @Mixin
    OutlineOption outline = new OutlineOption();

    @Override
    public Integer call() throws InterruptedException {
        JixiaoCommand root = JixiaoCommand.of(spec);
        Lang lang = root.lang();
        Terminal terminal = root.terminal();
        int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        if (n < 1 || n > MAX_THREADS) {
            throw new Failure(ExitCode.UNREADABLE, Message.BATCH_BAD_THREADS.format(lang, MAX_THREADS, n));
        }
        List<Path> files = jsonFiles(lang);
        DocxTemplate docx = InputFile.template(template, lang);
        createOutDir(lang);
        AtomicFile.removeStaleTemporaries(outDir);

        List<Long> sizes = files.stream().map(BatchCommand::sizeOf).toList();
        MemoryBudget memory = MemoryBudget.ofHeap(Runtime.getRuntime().maxMemory());
        BatchFile job = new BatchFile(docx, outline.validator(lang), outDir, lang);
        ExecutorService cpu = Executors.newFixedThreadPool(memory.threads(n, sizes), daemonThreads("jixiao-batch-"));
        ExecutorService disk = Executors.newFixedThreadPool(WRITERS, daemonThreads("jixiao-write-"));
        Semaphore inMemory = new Semaphore(MAX_IN_MEMORY);
        List<FileResult> results = new ArrayList<>();
        try {
            List<Future<FileResult>> futures = new ArrayList<>();
            for (int i = 0; i < files.size(); i++) {
                Path file = files.get(i);
                int cost = memory.costKib(sizes.get(i));
                futures.add(CompletableFuture.supplyAsync(
                                () -> {
                                    inMemory.acquireUninterruptibly();
                                    memory.acquire(cost);
                                    return job.render(file);
                                },
                                cpu)
                        .thenApplyAsync(job::write, disk)
                        .whenComplete((result, error) -> {
                            memory.release(cost);
                            inMemory.release();
                        }));
            }
            Progress progress = new Progress(terminal, files.size(), lang);
            for (int i = 0; i < futures.size(); i++) {
                FileResult result = outcome(futures.get(i), files.get(i), lang);
                results.add(result);
                progress.done(i + 1, result);
            }
            progress.finish();
        } finally {
            cpu.shutdownNow();
            disk.shutdownNow();
        }
        SummaryTable.lines(results, lang).forEach(terminal.out()::println);
        return results.stream().allMatch(r -> r.outcome().written()) ? ExitCode.OK : ExitCode.REJECTED;
    }

    /** The {@code *.json} files of {@code dir}, any case, not hidden, sorted by name. */
    private List<Path> jsonFiles(Lang lang) {
        if (!Files.exists(dir)) {
            throw new Failure(ExitCode.UNREADABLE, Message.FOLDER_MISSING.format(lang, dir));
        }
        if (!Files.isDirectory(dir)) {
            throw new Failure(ExitCode.UNREADABLE, Message.NOT_A_FOLDER.format(lang, dir));
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> {
                        String name = p.getFileName().toString();
                        return !name.startsWith(".")
                                && name.toLowerCase(Locale.ROOT).endsWith(".json")
                                && Files.isRegularFile(p);
                    })
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new Failure(ExitCode.UNREADABLE, Message.CANNOT_READ.format(lang, dir, OutputFile.reason(e, lang)));
        }
        if (files.isEmpty()) {
            throw new Failure(ExitCode.UNREADABLE, Message.BATCH_NO_JSON.format(lang, dir));
        }
        return files;
    }

    private void createOutDir(Lang lang) {
        try {
            Files.createDirectories(outDir);
        } catch (FileAlreadyExistsException e) {
            throw OutputFile.cannotWrite(outDir, Message.NOT_A_FOLDER.format(lang, outDir), lang);
        } catch (IOException e) {
            throw OutputFile.cannotWrite(outDir, OutputFile.reason(e, lang), lang);
        }
        if (!Files.isWritable(outDir)) {
            throw OutputFile.cannotWrite(outDir, Message.ACCESS_DENIED.format(lang), lang);
        }
    }

    private static FileResult outcome(Future<FileResult> future, Path file, Lang lang) throws InterruptedException {
        try {
            return future.get();
        } catch (ExecutionException e) {
            // BatchFile catches every RuntimeException; an Error (out of memory) lands here.
            return new FileResult(
                    file.getFileName().toString(), Outcome.FAILED, 0, 0, 0, ErrorHandler.describe(e.getCause(), lang));
        }
    }

    /** The file's size in bytes; 0 when it cannot be read (reading it will say why). */
    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    private static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
