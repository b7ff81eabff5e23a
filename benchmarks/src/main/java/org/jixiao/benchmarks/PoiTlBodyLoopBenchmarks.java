// SPDX-License-Identifier: Apache-2.0
// Copyright jixiao contributors
package org.jixiao.benchmarks;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jixiao.benchmarks.poitl.PoiTlBaseline;
import org.jixiao.benchmarks.poitl.PoiTlTemplate;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Informative, not the baseline: poi-tl 1.12.2 rendering jixiao's own official template, one
 * {@code {{#body}}} loop over the outline's blocks ({@link PoiTlBaseline#BODY_LOOP}), the same
 * document as {@link PoiTlBenchmarks}. It shows what an outline-driven template costs poi-tl, which
 * copies a loop's content for every item; no poi-tl user writes this template for one outline. Set
 * up, checked and pre-warmed as {@link PoiTlBenchmarks}; average time only.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PoiTlBodyLoopBenchmarks {
    private PoiTlTemplate template;
    private Map<String, Object> model;

    @Setup
    public void setUp() {
        Map<String, Object> data = Potou.data();
        template = PoiTlBaseline.BODY_LOOP.translate(data);
        model = PoiTlBenchmarks.checkedAndWarm(template, data);
    }

    /** Compiles the poi-tl template, renders the model, writes the .docx bytes. */
    @Benchmark
    public byte[] render() {
        return template.render(model);
    }
}
