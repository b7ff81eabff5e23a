// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx;

/**
 * Bounds on the work one render may do, so that no template can make a render run away: a loop
 * inside a loop over the same list grows exponentially (eight levels over a list of six items is
 * about 2 million loop items). A template is compiled with its limits ({@link DocxTemplate#compile(
 * java.io.InputStream, RenderLimits)}) and every render of it keeps to them. Loop nesting shows in the
 * template, so a template nested too deeply is refused when it compiles ({@code template.limit.loop-depth});
 * a render that reaches a limit stops at once and throws {@link TemplateDataException}
 * ({@code data.limit.loop-depth}, {@code data.limit.iterations}, {@code data.limit.output-size}), naming
 * the loop it was in. Immutable.
 *
 * @param maxLoopDepth how deeply loops may nest: a loop in no other loop is at depth 1; 1 to 64
 * @param maxIterations how many loop items one render may go through, counting every item of every
 *     loop and every item of a list that fills a paragraph; at least 1
 * @param maxOutputBytes how many bytes of XML one render may write into the document's templated parts
 *     (main document, headers, footers, document properties), before compression; every template
 *     element the render goes through counts as at least one byte, so loops over hidden content are
 *     bounded too; at least 1
 * @since 0.1.0
 */
public record RenderLimits(int maxLoopDepth, long maxIterations, long maxOutputBytes) {
    /** The deepest {@link #maxLoopDepth} accepted. */
    public static final int LOOP_DEPTH_CAP = 64;

    /**
     * Loops nested at most 8 deep, at most 50,000 loop items and 8 MiB of XML per render: the official
     * template renders the Potou example within half the depth and a tenth of the rest, and a render
     * that reaches the limits still fits, with docx4j loaded, in a 64 MB heap.
     */
    public static final RenderLimits DEFAULT = new RenderLimits(8, 50_000, 8L * 1024 * 1024);

    /** @throws IllegalArgumentException when a limit is out of its range */
    public RenderLimits {
        if (maxLoopDepth < 1 || maxLoopDepth > LOOP_DEPTH_CAP) {
            throw new IllegalArgumentException("maxLoopDepth must be 1 to " + LOOP_DEPTH_CAP + ", not " + maxLoopDepth);
        }
        if (maxIterations < 1) {
            throw new IllegalArgumentException("maxIterations must be at least 1, not " + maxIterations);
        }
        if (maxOutputBytes < 1) {
            throw new IllegalArgumentException("maxOutputBytes must be at least 1, not " + maxOutputBytes);
        }
    }
}
