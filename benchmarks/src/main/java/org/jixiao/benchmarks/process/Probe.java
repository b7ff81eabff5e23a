// SPDX-License-Identifier: Apache-2.0
// Copyright jixiao contributors
package org.jixiao.benchmarks.process;

import com.deepoove.poi.XWPFTemplate;
import com.deepoove.poi.config.Configure;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.jixiao.benchmarks.OutputCheck;
import org.jixiao.benchmarks.Potou;
import org.jixiao.benchmarks.poitl.PoiTlData;
import org.jixiao.benchmarks.poitl.PoiTlTemplate;
import org.jixiao.docx.DocxTemplate;
import org.jixiao.json.ReportJson;
import org.jixiao.report.Report;
import org.jixiao.report.docx.OfficialTemplate;
import org.jixiao.report.docx.Reports;

/**
 * Whole-process probes for run.sh, each one a fresh JVM that run.sh times (wall time, peak RSS):
 *
 * <pre>
 * jixiao-render IN.json OUT.docx        read, validate and render one report with the library (no CLI)
 * jixiao-batch DIR OUTDIR THREADS       the same for every *.json in DIR, on THREADS threads
 * poitl-template OUT.docx               write poi-tl's equivalent template, OUT.docx.binds (its row
 *                                       loops) and OUT.docx.model.json (the Potou data as poi-tl's model)
 * poitl-render TEMPLATE MODEL.json OUT  what a poi-tl application does for one report, cold: read its
 *                                       model (JSON to a Map with Jackson), compile, render, write
 * check OUT.docx                        re-open OUT.docx in POI and docx4j; the key strings are there
 * </pre>
 *
 * Exit status 0 on success, 1 on failure (message on stderr).
 */
public final class Probe {
    private Probe() {}

    public static void main(String[] args) throws Exception {
        PrintStream out =
                new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
        try {
            switch (args.length == 0 ? "" : args[0]) {
                case "jixiao-render" -> jixiaoRender(Path.of(args[1]), Path.of(args[2]));
                case "jixiao-batch" -> out.println(
                        jixiaoBatch(Path.of(args[1]), Path.of(args[2]), Integer.parseInt(args[3])));
                case "poitl-template" -> poiTlTemplate(Path.of(args[1]));
                case "poitl-render" -> poiTlRender(Path.of(args[1]), Path.of(args[2]), Path.of(args[3]));
                case "check" -> OutputCheck.verify(args[1], Files.readAllBytes(Path.of(args[1])));
                default -> throw new IllegalArgumentException("usage: see the Javadoc of " + Probe.class.getName());
            }
        } catch (Exception | OutOfMemoryError e) {
            System.err.println("probe " + String.join(" ", args) + " failed: " + e);
            System.exit(1);
        }
    }

    /** With {@code -Dprobe.phases=true}, prints where a cold render's time goes to stderr. */
    private static void jixiaoRender(Path in, Path target) throws IOException {
        Phases phases = new Phases();
        Report report;
        try (InputStream s = Files.newInputStream(in)) {
            report = ReportJson.read(s);
        }
        phases.mark("read JSON");
        DocxTemplate template = OfficialTemplate.OVERALL_SELF_EVALUATION.template();
        phases.mark("compile template");
        Reports.validate(report);
        phases.mark("validate (1st)");
        Reports.render(report, template, target);
        phases.mark("validate+render+write");
        phases.print();
    }

    /** Wall-clock phases since JVM start, for {@code -Dprobe.phases=true}. */
    private static final class Phases {
        private final boolean on = Boolean.getBoolean("probe.phases");
        private final StringBuilder text = new StringBuilder();
        private long last =
                java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();

        Phases() {
            mark("JVM start to main");
        }

        void mark(String phase) {
            long now = System.currentTimeMillis();
            text.append(String.format(Locale.ROOT, "  %-24s %6d ms%n", phase, now - last));
            last = now;
        }

        void print() {
            if (on) {
                System.err.print(text);
            }
        }
    }

    /** Returns the in-process rate, "reports=N seconds=S rate=R/s" (JVM start and compile excluded). */
    private static String jixiaoBatch(Path dir, Path outDir, int threads) throws Exception {
        List<Path> inputs;
        try (Stream<Path> files = Files.list(dir)) {
            inputs = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        Files.createDirectories(outDir);
        DocxTemplate template = OfficialTemplate.OVERALL_SELF_EVALUATION.template();
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (Path in : inputs) {
                String name = in.getFileName().toString().replaceFirst("\\.json$", ".docx");
                done.add(pool.submit(() -> {
                    try (InputStream s = Files.newInputStream(in)) {
                        Reports.render(ReportJson.read(s), template, outDir.resolve(name));
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return String.format(
                Locale.ROOT, "reports=%d seconds=%.3f rate=%.1f/s", inputs.size(), seconds, inputs.size() / seconds);
    }

    private static void poiTlTemplate(Path target) throws IOException {
        PoiTlTemplate t = PoiTlTemplate.translate(OfficialTemplate.OVERALL_SELF_EVALUATION.docx(), Potou.data());
        Files.write(target, t.docx());
        Files.writeString(Path.of(target + ".binds"), t.binds(), StandardCharsets.UTF_8);
        new ObjectMapper().writeValue(Path.of(target + ".model.json").toFile(), PoiTlData.of(Potou.data()));
    }

    private static void poiTlRender(Path template, Path modelJson, Path target) throws IOException {
        Map<String, Object> model =
                new ObjectMapper().readValue(modelJson.toFile(), new TypeReference<Map<String, Object>>() {});
        Configure configure =
                PoiTlTemplate.configure(Files.readString(Path.of(template + ".binds"), StandardCharsets.UTF_8));
        try (InputStream s = Files.newInputStream(template);
                OutputStream o = Files.newOutputStream(target)) {
            XWPFTemplate.compile(s, configure).render(model).writeAndClose(o);
        }
    }
}
