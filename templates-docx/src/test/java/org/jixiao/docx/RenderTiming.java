// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx;

import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.Map;
import org.jixiao.docx.internal.zip.Deflated;
import org.jixiao.docx.internal.zip.DeterministicZip;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * A rough timing of warm renders of the reference report, not a benchmark (no JMH): run with
 * {@code mvn -pl templates-docx -am verify -Dtest=RenderTiming -Djixiao.timing=true -Dsurefire.failIfNoSpecifiedTests=false}.
 * Prints the mean time and allocation per render, and the cost of only zipping the same parts.
 */
@EnabledIfSystemProperty(named = "jixiao.timing", matches = "true")
class RenderTiming {
    private static final int WARM = 4000;
    private static final int RUNS = 4000;

    @Test
    void printWarmRenderCost() {
        byte[] template = ReferenceReport.template();
        long t0 = System.nanoTime();
        DocxTemplate t = Fixture.compile(template);
        long compileMs = (System.nanoTime() - t0) / 1_000_000;
        t0 = System.nanoTime();
        Fixture.compile(template);
        long compileWarmMs = (System.nanoTime() - t0) / 1_000_000;
        Map<String, Object> data = ReferenceReport.data(0);
        byte[] out = Fixture.render(t, data);
        for (int i = 0; i < WARM; i++) {
            render(t, data);
        }
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long tid = Thread.currentThread().getId();
        long a0 = mx.getThreadAllocatedBytes(tid);
        t0 = System.nanoTime();
        for (int i = 0; i < RUNS; i++) {
            render(t, data);
        }
        double renderMs = (System.nanoTime() - t0) / 1e6 / RUNS;
        double renderKb = (mx.getThreadAllocatedBytes(tid) - a0) / 1024.0 / RUNS;

        var compiled = org.jixiao.docx.internal.engine.TemplateCompiler.compile(template);
        var buf = new org.jixiao.docx.internal.render.ByteBuf(compiled.estimate());
        for (int i = 0; i < WARM; i++) {
            walk(compiled, data, buf);
        }
        a0 = mx.getThreadAllocatedBytes(tid);
        t0 = System.nanoTime();
        for (int i = 0; i < RUNS; i++) {
            walk(compiled, data, buf);
        }
        double walkMs = (System.nanoTime() - t0) / 1e6 / RUNS;
        double walkKb = (mx.getThreadAllocatedBytes(tid) - a0) / 1024.0 / RUNS;

        Map<String, byte[]> parts = Output.entries(out);
        Map<String, Deflated> statics = new java.util.LinkedHashMap<>();
        parts.forEach((k, v) -> {
            if (!k.equals("word/document.xml") && !k.startsWith("word/header") && !k.startsWith("word/footer")) {
                statics.put(k, Deflated.of(v));
            }
        });
        for (int i = 0; i < WARM; i++) {
            zipOnly(parts, statics);
        }
        a0 = mx.getThreadAllocatedBytes(tid);
        t0 = System.nanoTime();
        for (int i = 0; i < RUNS; i++) {
            zipOnly(parts, statics);
        }
        double zipMs = (System.nanoTime() - t0) / 1e6 / RUNS;
        double zipKb = (mx.getThreadAllocatedBytes(tid) - a0) / 1024.0 / RUNS;
        System.out.printf(
                Locale.ROOT,
                "reference report: %d bytes docx, document.xml %d bytes%n",
                out.length,
                parts.get("word/document.xml").length);
        System.out.printf(Locale.ROOT, "compile: first %d ms (JAXB start-up), then %d ms%n", compileMs, compileWarmMs);
        System.out.printf(Locale.ROOT, "warm render: %.3f ms, %.0f KiB allocated per render%n", renderMs, renderKb);
        System.out.printf(
                Locale.ROOT,
                "plan walk:   %.3f ms, %.0f KiB allocated (data check and plans to bytes, no zip)%n",
                walkMs,
                walkKb);
        System.out.printf(
                Locale.ROOT,
                "zip only:    %.3f ms, %.0f KiB allocated (same parts, statics pre-deflated)%n",
                zipMs,
                zipKb);
    }

    private static void walk(
            org.jixiao.docx.internal.engine.Compiled c,
            Map<String, Object> data,
            org.jixiao.docx.internal.render.ByteBuf buf) {
        var r = new org.jixiao.docx.internal.render.Renderer(data, RenderLimits.DEFAULT);
        buf.budget(RenderLimits.DEFAULT.maxOutputBytes());
        for (var p : c.parts()) {
            if (p instanceof org.jixiao.docx.internal.engine.OutPart.Templated t) {
                buf.reset();
                r.render(t.name(), t.plan().nodes(), buf);
            }
        }
    }

    private static void render(DocxTemplate t, Map<String, Object> data) {
        t.render(data, new ByteArrayOutputStream(64 * 1024));
    }

    private static byte[] zipOnly(Map<String, byte[]> parts, Map<String, Deflated> statics) {
        DeterministicZip z = new DeterministicZip();
        parts.forEach((k, v) -> {
            Deflated d = statics.get(k);
            if (d != null) {
                z.add(k, d);
            } else {
                z.add(k, v);
            }
        });
        return z.toByteArray();
    }
}
