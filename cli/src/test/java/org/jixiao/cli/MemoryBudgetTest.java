// SPDX-License-Identifier: Apache-2.0
package org.jixiao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** A batch holds back in a small heap: fewer threads, and each file waits for its share of the budget. */
@Tag("hostile-templates")
class MemoryBudgetTest {
    private static final long MIB = 1L << 20;
    /** The Potou example's size in bytes. */
    private static final long POTOU = 57_192;

    @Test
    void aSmallHeapRendersOnFewThreads() {
        MemoryBudget budget = MemoryBudget.ofHeap(64 * MIB);
        assertEquals(21 * MIB + 341 * 1024, budget.bytes());
        // 1 MiB + 32 × 57 KB = 2.7 MiB each: 7 fit in 21 MiB
        assertEquals(7, budget.threads(32, Collections.nCopies(5000, POTOU)));
    }

    @Test
    void aLargeHeapRendersOnAsManyThreadsAsAsked() {
        MemoryBudget budget = MemoryBudget.ofHeap(4096 * MIB);
        assertEquals(32, budget.threads(32, Collections.nCopies(5000, POTOU)));
        assertEquals(3, budget.threads(32, List.of(POTOU, POTOU, POTOU)), "no more threads than files");
    }

    @Test
    void aFileLargerThanTheBudgetRunsAlone() {
        MemoryBudget budget = MemoryBudget.ofHeap(64 * MIB);
        int all = budget.costKib(100 * MIB);
        assertEquals(budget.bytes() / 1024, all);
        assertEquals(1, budget.threads(8, List.of(100 * MIB)));
        budget.acquire(all);
        Thread waiting = new Thread(() -> budget.release(budget.acquire(budget.costKib(POTOU))));
        waiting.start();
        assertThreadWaits(waiting);
        budget.release(all);
        joinQuietly(waiting);
        assertEquals(Thread.State.TERMINATED, waiting.getState());
    }

    @Test
    void eachFileCountsItsBaseAndItsJson() {
        MemoryBudget budget = MemoryBudget.ofHeap(4096 * MIB);
        assertEquals(1024, budget.costKib(0));
        assertEquals(1024 + 32 * POTOU / 1024, budget.costKib(POTOU));
    }

    private static void assertThreadWaits(Thread t) {
        long until = System.nanoTime() + 5_000_000_000L;
        while (t.getState() != Thread.State.WAITING && System.nanoTime() < until) {
            Thread.onSpinWait();
        }
        assertEquals(Thread.State.WAITING, t.getState());
    }

    private static void joinQuietly(Thread t) {
        try {
            t.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
