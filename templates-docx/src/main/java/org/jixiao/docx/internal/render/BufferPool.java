// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.render;

import java.util.concurrent.ArrayBlockingQueue;

/**
 * Render buffers kept between renders, so a warm render allocates little, within a bound that does not grow
 * with the number of threads: at most {@code maxBuffers} buffers of at most {@code maxBytesEach} bytes each are
 * kept for the whole JVM. A buffer that grew beyond {@code maxBytesEach} (a large part) is dropped after its
 * render, and so is one given back when the pool is full. Thread-safe.
 */
public final class BufferPool {
    private final ArrayBlockingQueue<ByteBuf> kept;
    private final int maxBytesEach;

    public BufferPool(int maxBuffers, int maxBytesEach) {
        this.kept = new ArrayBlockingQueue<>(maxBuffers);
        this.maxBytesEach = maxBytesEach;
    }

    /** A kept buffer, emptied, or a new one of {@code capacity} bytes when none is kept. */
    public ByteBuf take(int capacity) {
        ByteBuf b = kept.poll();
        if (b == null) {
            return new ByteBuf(capacity);
        }
        b.reset();
        return b;
    }

    /** Gives {@code b} back after its render; kept only if it is small enough and the pool has room. */
    public void give(ByteBuf b) {
        if (b.array().length <= maxBytesEach) {
            kept.offer(b);
        }
    }

    /** The bytes the kept buffers hold now, at most {@code maxBuffers × maxBytesEach}. */
    public long keptBytes() {
        return kept.stream().mapToLong(b -> b.array().length).sum();
    }

    /** The capacity of the largest kept buffer, 0 when none is kept; at most {@code maxBytesEach}. */
    public int largestKept() {
        return kept.stream().mapToInt(b -> b.array().length).max().orElse(0);
    }

    /** How many buffers are kept now. */
    public int keptBuffers() {
        return kept.size();
    }
}
