// SPDX-License-Identifier: Apache-2.0
// Copyright jixiao contributors
package org.jixiao.benchmarks;

import java.io.ByteArrayOutputStream;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jixiao.benchmarks.poitl.PoiTlData;
import org.jixiao.benchmarks.poitl.PoiTlTemplate;
import org.jixiao.docx.OfficialTemplate;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/**
 * poi-tl 1.12.2 rendering the same document from the same data: the official template translated to
 * poi-tl markers ({@link PoiTlTemplate}), the data tree converted once ({@link PoiTlData}). A poi-tl
 * template renders once, so each render compiles it from its bytes, as poi-tl users do.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PoiTlBenchmarks {
    private PoiTlTemplate template;
    private Map<String, Object> model;

    @Setup
    public void setUp() {
        Map<String, Object> data = Potou.data();
        template = PoiTlTemplate.translate(OfficialTemplate.OVERALL_SELF_EVALUATION.docx(), data);
        model = PoiTlData.of(data);
        byte[] out = template.render(model);
        OutputCheck.verify("poi-tl", out);
        ByteArrayOutputStream jixiao = new ByteArrayOutputStream();
        OfficialTemplate.OVERALL_SELF_EVALUATION.template().render(data, jixiao);
        OutputCheck.requireEquivalent(jixiao.toByteArray(), out);
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
