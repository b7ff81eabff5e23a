// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One template, many threads, different data: every output equals the sequential render of its data. */
class ConcurrencyTest {
    private static final int THREADS = 8;
    private static final int RENDERS = 50;
    private static final int VARIANTS = 5;

    @Test
    void concurrentRendersEqualSequentialOnes() throws Exception {
        DocxTemplate t = Fixture.compile(ReferenceReport.template());
        List<byte[]> expected = new ArrayList<>();
        for (int v = 0; v < VARIANTS; v++) {
            expected.add(Fixture.render(t, ReferenceReport.data(v)));
        }
        for (int v = 1; v < VARIANTS; v++) {
            assertEquals(false, java.util.Arrays.equals(expected.get(0), expected.get(v)), "variants differ");
        }
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<byte[]>>> results = new ArrayList<>();
            for (int th = 0; th < THREADS; th++) {
                int offset = th;
                results.add(pool.submit(() -> {
                    start.await();
                    List<byte[]> out = new ArrayList<>();
                    for (int i = 0; i < RENDERS; i++) {
                        out.add(Fixture.renderUnchecked(t, ReferenceReport.data((offset + i) % VARIANTS)));
                    }
                    return out;
                }));
            }
            start.countDown();
            for (int th = 0; th < THREADS; th++) {
                List<byte[]> out = results.get(th).get();
                for (int i = 0; i < RENDERS; i++) {
                    assertArrayEquals(expected.get((th + i) % VARIANTS), out.get(i), "thread " + th + " render " + i);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
