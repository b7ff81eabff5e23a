// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.engine;

import java.util.List;
import java.util.Map;
import org.jixiao.docx.DataProblem;
import org.jixiao.docx.RenderLimits;
import org.jixiao.docx.TemplateDataException;
import org.jixiao.docx.internal.render.BufferPool;
import org.jixiao.docx.internal.render.ByteBuf;
import org.jixiao.docx.internal.render.Renderer;
import org.jixiao.docx.internal.zip.DeterministicZip;

/**
 * Renders a compiled template: each templated part is rendered into one reused buffer and zipped
 * with the static parts, in the compiled order. No XML parsing, JAXB or docx4j on this path.
 */
public final class PackageRenderer {
    private PackageRenderer() {}

    /**
     * Render buffers kept between renders: at most 4 of at most 1 MiB each, 4 MiB for the whole JVM however many
     * threads render (a part larger than 1 MiB gets a fresh buffer, dropped after its render).
     */
    private static final BufferPool BUFFERS = new BufferPool(4, 1024 * 1024);

    /** The render buffers kept between renders; for tests of their bound. */
    public static BufferPool buffers() {
        return BUFFERS;
    }

    /**
     * The complete .docx; throws {@link TemplateDataException} listing every data problem, or the
     * problems found until the render reached one of {@code limits}.
     */
    public static byte[] render(Compiled c, Map<String, ?> data, RenderLimits limits) {
        Renderer r = new Renderer(data, limits);
        if (!r.problems().isEmpty()) {
            throw new TemplateDataException(r.problems());
        }
        DeterministicZip zip = new DeterministicZip();
        ByteBuf buf = BUFFERS.take(c.estimate());
        buf.budget(limits.maxOutputBytes());
        try (PartDeflater deflater = new PartDeflater()) {
            for (OutPart p : c.parts()) {
                if (p instanceof OutPart.Static s) {
                    zip.add(s.name(), s.bytes());
                } else {
                    OutPart.Templated t = (OutPart.Templated) p;
                    buf.reset();
                    r.render(t.name(), t.plan().nodes(), buf);
                    if (r.stopped()) {
                        break;
                    }
                    zip.add(t.name(), deflater.deflate(buf.array(), buf.size()));
                }
            }
        } finally {
            BUFFERS.give(buf);
        }
        List<DataProblem> problems = r.problems();
        if (!problems.isEmpty()) {
            throw new TemplateDataException(problems);
        }
        return zip.toByteArray();
    }
}
