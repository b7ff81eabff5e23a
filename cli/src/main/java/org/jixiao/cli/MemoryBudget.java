// SPDX-License-Identifier: Apache-2.0
package org.jixiao.cli;

import java.util.List;
import java.util.concurrent.Semaphore;

/**
 * How much memory a batch's documents in flight may hold, so that many threads in a small heap wait
 * their turn instead of running out of memory. Each file holds an estimate of what it needs at most,
 * from reading its JSON until its document is written, from its size: {@link #BASE_BYTES} plus
 * {@link #BYTES_PER_JSON_BYTE} per byte of JSON (the Potou example, 57 KB of JSON, allocates 1.4 MiB in
 * all from reading to the rendered document). A file that needs more than the whole budget runs alone.
 * The budget is a third of the largest heap Java may use, leaving the rest to what every run holds
 * (the validator, the template, the libraries). Thread-safe.
 */
final class MemoryBudget {
    /** What any one document in flight is counted as holding, at least. */
    static final long BASE_BYTES = 1L << 20;
    /** What a document in flight is counted as holding per byte of its JSON. */
    static final long BYTES_PER_JSON_BYTE = 32;

    private static final int KIB = 1024;

    private final int totalKib;
    private final Semaphore kib;

    private MemoryBudget(long bytes) {
        this.totalKib = (int) Math.max(1, Math.min(Integer.MAX_VALUE, bytes / KIB));
        this.kib = new Semaphore(totalKib);
    }

    /** A budget of a third of {@code maxHeapBytes}, e.g. {@link Runtime#maxMemory()}. */
    static MemoryBudget ofHeap(long maxHeapBytes) {
        return new MemoryBudget(maxHeapBytes / 3);
    }

    /** The budget in bytes. */
    long bytes() {
        return (long) totalKib * KIB;
    }

    /** What a file of {@code jsonBytes} is counted as holding, in KiB, at most the whole budget. */
    int costKib(long jsonBytes) {
        long bytes = BASE_BYTES + BYTES_PER_JSON_BYTE * Math.max(0, jsonBytes);
        return (int) Math.min(totalKib, Math.max(1, bytes / KIB));
    }

    /**
     * How many threads are worth rendering on: {@code requested}, but no more than files, nor than the
     * documents of average size the budget holds at once (at least one).
     */
    int threads(int requested, List<Long> jsonBytes) {
        long average = jsonBytes.isEmpty()
                ? 0
                : jsonBytes.stream().mapToLong(Long::longValue).sum() / jsonBytes.size();
        long fit = Math.max(1, totalKib / costKib(average));
        return (int) Math.min(Math.min(requested, Math.max(1, jsonBytes.size())), fit);
    }

    /** Waits until the budget holds {@code costKib} more; returns what was taken, for {@link #release}. */
    int acquire(int costKib) {
        kib.acquireUninterruptibly(costKib);
        return costKib;
    }

    void release(int costKib) {
        kib.release(costKib);
    }
}
