// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.preflight;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;

/**
 * Measures wall time and the bytes the current thread allocated (HotSpot's per-thread counter), to
 * assert that hostile input is handled in bounded time and memory.
 */
final class Budget {
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private final long startNanos = System.nanoTime();
    private final long startBytes = allocated();

    static Budget start() {
        return new Budget();
    }

    void assertWithin(long millis, long bytes) {
        long tookMillis = (System.nanoTime() - startNanos) / 1_000_000;
        long used = allocated() - startBytes;
        assertTrue(tookMillis <= millis, "took " + tookMillis + " ms, budget " + millis + " ms");
        assertTrue(used <= bytes, "allocated " + (used >> 20) + " MiB, budget " + (bytes >> 20) + " MiB");
    }

    private static long allocated() {
        return THREADS.getThreadAllocatedBytes(Thread.currentThread().getId());
    }
}
