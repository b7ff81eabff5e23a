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
import org.jixiao.benchmarks.poitl.PoiTlBaseline;
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
 * first-render IN.json OUT.docx         a fresh JVM's first report: read, validate and render with
 *                                       Reports.document; prints the milliseconds from JVM start to
 *                                       the document's bytes (see below), then writes them to OUT.docx
 * official-docx OUT.docx                write the official template's .docx, as a user exports it
 * compile TEMPLATE.docx                 compile a custom template cold (DocxTemplate.compile); prints
 *                                       the milliseconds from JVM start to the compiled template
 * poitl-template OUT.docx               write poi-tl's template (the fixed-outline baseline), OUT.docx.binds
 *                                       (its row loops) and OUT.docx.model.json (the Potou data as
 *                                       poi-tl's model)
 * poitl-render TEMPLATE MODEL.json OUT  what a poi-tl application does for one report, cold: read its
 *                                       model (JSON to a Map with Jackson), compile, render, write
 * poitl-check                           render the Potou report with jixiao and with poi-tl from each
 *                                       PoiTlBaseline and require the same document
 *                                       (OutputCheck.requireEquivalent); prints what was compared
 * check OUT.docx                        re-open OUT.docx in POI and docx4j; the key strings are there
 * </pre>
 *
 * "JVM start" is the launch time run.sh passes as {@code -Dprobe.launched=}nanoseconds since the epoch
 * ({@code date +%s%N} on the java command line), so the time includes starting the JVM; without it,
 * the JVM's own start time ({@code RuntimeMXBean.getStartTime()}, taken after the JVM is created).
 *
 * <p>Exit status 0 on success, 1 on failure (message on stderr).
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
                case "first-render" -> out.println(firstRender(Path.of(args[1]), Path.of(args[2])));
                case "official-docx" -> Files.write(Path.of(args[1]), OfficialTemplate.OVERALL_SELF_EVALUATION.docx());
                case "compile" -> out.println(compile(Path.of(args[1])));
                case "poitl-template" -> poiTlTemplate(Path.of(args[1]));
                case "poitl-render" -> poiTlRender(Path.of(args[1]), Path.of(args[2]), Path.of(args[3]));
                case "poitl-check" -> out.println(poiTlCheck());
                case "check" -> OutputCheck.verify(args[1], Files.readAllBytes(Path.of(args[1])));
                default -> throw new IllegalArgumentException("usage: see the Javadoc of " + Probe.class.getName());
            }
        } catch (Exception | OutOfMemoryError e) {
            System.err.println("probe " + String.join(" ", args) + " failed: " + e);
            System.exit(1);
        }
    }

    /** Returns the milliseconds from JVM start to the first document's bytes. */
    private static String firstRender(Path in, Path target) throws IOException {
        Report report;
        try (InputStream s = Files.newInputStream(in)) {
            report = ReportJson.read(s);
        }
        byte[] docx = Reports.document(report, Reports.officialTemplate(report)).docx();
        String ms = sinceLaunch();
        Files.write(target, docx);
        return ms;
    }

    /** Returns the milliseconds from JVM start to the template compiled. */
    private static String compile(Path template) throws IOException {
        DocxTemplate compiled;
        try (InputStream s = Files.newInputStream(template)) {
            compiled = DocxTemplate.compile(s);
        }
        String ms = sinceLaunch();
        if (compiled.fields().isEmpty()) {
            throw new IllegalStateException(template + " compiled without a single placeholder");
        }
        return ms;
    }

    /** Milliseconds since {@code -Dprobe.launched} (nanoseconds since the epoch), else since JVM start. */
    private static String sinceLaunch() {
        java.time.Instant now = java.time.Instant.now();
        String launched = System.getProperty("probe.launched");
        double ms = launched == null
                ? now.toEpochMilli()
                        - java.lang.management.ManagementFactory.getRuntimeMXBean()
                                .getStartTime()
                : (now.getEpochSecond() * 1_000_000_000L + now.getNano() - Long.parseLong(launched)) / 1e6;
        return String.format(Locale.ROOT, "%.1f", ms);
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
        Map<String, Object> data = Potou.data();
        PoiTlTemplate t = PoiTlBaseline.FIXED_OUTLINE.translate(data);
        Files.write(target, t.docx());
        Files.writeString(Path.of(target + ".binds"), t.binds(), StandardCharsets.UTF_8);
        new ObjectMapper().writeValue(Path.of(target + ".model.json").toFile(), t.model(data));
    }

    private static String poiTlCheck() {
        Map<String, Object> data = Potou.data();
        byte[] jixiao = OfficialTemplate.OVERALL_SELF_EVALUATION.template().render(data);
        List<String> results = new ArrayList<>();
        for (PoiTlBaseline baseline : PoiTlBaseline.values()) {
            PoiTlTemplate t = baseline.translate(data);
            byte[] poiTl = t.render(t.model(data));
            OutputCheck.verify("poi-tl", poiTl);
            results.add("poi-tl's document from " + baseline + " equals jixiao's: "
                    + OutputCheck.requireEquivalent(jixiao, poiTl) + " lines");
        }
        return String.join("\n", results);
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
