// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** The pool keeps a bounded number of small buffers and drops large ones. */
class BufferPoolTest {

    @Test
    void aBufferGivenBackIsTakenAgainEmptied() {
        BufferPool pool = new BufferPool(2, 1024);
        ByteBuf b = pool.take(100);
        b.write(new byte[] {1, 2, 3});
        pool.give(b);

        ByteBuf again = pool.take(100);
        assertSame(b, again);
        assertEquals(0, again.size());
        assertEquals(0, pool.keptBuffers());
    }

    @Test
    void aBufferThatGrewBeyondTheLimitIsDropped() {
        BufferPool pool = new BufferPool(2, 1024);
        ByteBuf b = pool.take(100);
        b.write(new byte[4096]);
        pool.give(b);

        assertEquals(0, pool.keptBuffers());
        assertNotSame(b, pool.take(100));
    }

    @Test
    void atMostMaxBuffersAreKeptHoweverManyAreGivenBack() {
        BufferPool pool = new BufferPool(2, 1024);
        for (int i = 0; i < 5; i++) {
            pool.give(new ByteBuf(1000));
        }
        assertEquals(2, pool.keptBuffers());
        assertEquals(2000, pool.keptBytes());
    }
}
