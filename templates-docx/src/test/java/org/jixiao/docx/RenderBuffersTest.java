// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx;

import static org.jixiao.docx.Fixture.p;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jixiao.docx.internal.engine.PackageRenderer;
import org.jixiao.docx.internal.render.BufferPool;
import org.junit.jupiter.api.Test;

/**
 * What renders keep between them is bounded for the whole JVM, not per thread: at most 4 buffers of at most
 * 1 MiB, however many threads render and however large a document was.
 */
class RenderBuffersTest {
    private static final long MIB = 1024 * 1024;
    private static final BufferPool BUFFERS = PackageRenderer.buffers();

    private static Map<String, Object> items(int count, String text) {
        return Map.of("goals", Collections.nCopies(count, Map.of("name", text)));
    }

    @Test
    void manyThreadsRenderingKeepAtMostFourBuffersOfAtMostOneMebibyte() throws Exception {
        DocxTemplate t = Fixture.compileBody(p("{{#goals}}") + p("{{name}}") + p("{{/goals}}"));
        int threads = 24;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                int size = 200 + i * 300; // 24 different sizes, the largest about 300 KiB of XML
                done.add(pool.submit(() -> {
                    start.await();
                    for (int n = 0; n < 5; n++) {
                        Fixture.renderUnchecked(t, items(size, "绩效目标完成情况"));
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertTrue(BUFFERS.keptBuffers() <= 4, "kept " + BUFFERS.keptBuffers());
        assertTrue(BUFFERS.keptBytes() <= 4 * MIB, "kept " + BUFFERS.keptBytes() + " bytes");
        assertTrue(BUFFERS.largestKept() <= MIB, "largest kept " + BUFFERS.largestKept() + " bytes");
        assertTrue(BUFFERS.keptBuffers() > 0, "renders do reuse buffers");
    }

    @Test
    void theBufferOfALargeDocumentIsNotKept() {
        DocxTemplate t = Fixture.compileBody(p("{{#goals}}") + p("{{name}}") + p("{{/goals}}"));
        byte[] docx = Fixture.renderUnchecked(t, items(12_000, "绩效目标完成情况".repeat(10))); // ~3.7 MB of XML

        assertTrue(docx.length > 0);
        assertTrue(BUFFERS.largestKept() <= MIB, "largest kept " + BUFFERS.largestKept() + " bytes");
    }
}
