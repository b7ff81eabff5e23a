// SPDX-License-Identifier: Apache-2.0
// Copyright jixiao contributors
package org.jixiao.benchmarks;

import java.io.ByteArrayOutputStream;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jixiao.benchmarks.poitl.PoiTlBaseline;
import org.jixiao.benchmarks.poitl.PoiTlTemplate;
import org.jixiao.report.docx.OfficialTemplate;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/**
 * poi-tl 1.12.2 rendering the same document from the same data, with the template a poi-tl user
 * writes for this report ({@link PoiTlBaseline#FIXED_OUTLINE}, translated to poi-tl markers by
 * {@link PoiTlTemplate}), the data tree converted once ({@link PoiTlTemplate#model}). A poi-tl
 * template renders once, so each render compiles it from its bytes, as poi-tl users do.
 *
 * <p>poi-tl reaches its steady state only after a few hundred renders (the first takes over a second,
 * the tenth still ten times the steady time), far more than JMH's quick warm-up of 3 × 1 s gives it,
 * so the setup renders {@value #PREWARM_RENDERS} times (at most {@value #PREWARM_SECONDS} s) first.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PoiTlBenchmarks {
    static final int PREWARM_RENDERS = 300;
    static final int PREWARM_SECONDS = 6;

    private PoiTlTemplate template;
    private Map<String, Object> model;

    @Setup
    public void setUp() {
        Map<String, Object> data = Potou.data();
        template = PoiTlBaseline.FIXED_OUTLINE.translate(data);
        model = checkedAndWarm(template, data);
    }

    /**
     * The model of {@code data} for {@code template}, after one render checked against jixiao's
     * (same document, {@link OutputCheck#requireEquivalent}) and the pre-warm renders.
     */
    static Map<String, Object> checkedAndWarm(PoiTlTemplate template, Map<String, Object> data) {
        Map<String, Object> model = template.model(data);
        byte[] out = template.render(model);
        OutputCheck.verify("poi-tl", out);
        ByteArrayOutputStream jixiao = new ByteArrayOutputStream();
        OfficialTemplate.OVERALL_SELF_EVALUATION.template().render(data, jixiao);
        OutputCheck.requireEquivalent(jixiao.toByteArray(), out);
        long end = System.nanoTime() + PREWARM_SECONDS * 1_000_000_000L;
        for (int i = 0; i < PREWARM_RENDERS && System.nanoTime() < end; i++) {
            template.render(model);
        }
        return model;
    }

    /** Compiles the poi-tl template, renders the model, writes the .docx bytes. */
    @Benchmark
    public byte[] render() {
        return template.render(model);
    }

    /** {@link #render()} as reports per second, one thread. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Threads(1)
    public byte[] renderThroughput1Thread() {
        return render();
    }

    /** {@link #render()} as reports per second, two threads sharing the template bytes and model. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Threads(2)
    public byte[] renderThroughput2Threads() {
        return render();
    }
}
