// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.engine;

import java.util.List;
import java.util.Map;
import org.jixiao.docx.RenderLimits;
import org.jixiao.docx.TemplateDataException;
import org.jixiao.docx.internal.render.ByteBuf;
import org.jixiao.docx.internal.render.Renderer;
import org.jixiao.docx.internal.zip.DeterministicZip;
import org.jixiao.validation.Problem;

/**
 * Renders a compiled template: each templated part is rendered into one reused buffer and zipped
 * with the static parts, in the compiled order. No XML parsing, JAXB or docx4j on this path.
 */
public final class PackageRenderer {
    private PackageRenderer() {}

    /** Render buffers kept per thread between renders, so a warm render allocates little. */
    private static final ThreadLocal<ByteBuf> BUFFERS = new ThreadLocal<>();
    /** Buffers larger than this are not kept. */
    private static final int KEEP_MAX = 4 * 1024 * 1024;

    private static ByteBuf buffer(Compiled c) {
        ByteBuf b = BUFFERS.get();
        if (b == null) {
            return new ByteBuf(c.estimate());
        }
        BUFFERS.remove();
        return b;
    }

    private static void release(ByteBuf b) {
        if (b.array().length <= KEEP_MAX) {
            BUFFERS.set(b);
        }
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
        ByteBuf buf = buffer(c);
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
            release(buf);
        }
        List<Problem> problems = r.problems();
        if (!problems.isEmpty()) {
            throw new TemplateDataException(problems);
        }
        return zip.toByteArray();
    }
}
