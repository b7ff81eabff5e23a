// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.engine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.docx.DataProblem;
import org.jixiao.docx.RenderLimits;
import org.jixiao.docx.TemplateDataException;
import org.jixiao.docx.internal.render.Attachments;
import org.jixiao.docx.internal.render.ByteBuf;
import org.jixiao.docx.internal.render.Renderer;
import org.jixiao.docx.internal.zip.Deflated;
import org.jixiao.docx.internal.zip.DeterministicZip;

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
        Attachments attachments = new Attachments(name -> has(c, name));
        Renderer r = new Renderer(data, limits, attachments);
        if (!r.problems().isEmpty()) {
            throw new TemplateDataException(r.problems());
        }
        // Every templated part is rendered before any entry is written: a picture or hyperlink adds
        // relationships, content types and media parts that sort before or between them.
        Map<String, Deflated> rendered = new HashMap<>();
        ByteBuf buf = buffer(c);
        buf.budget(limits.maxOutputBytes());
        try (PartDeflater deflater = new PartDeflater()) {
            for (OutPart p : c.parts()) {
                if (p instanceof OutPart.Templated t) {
                    buf.reset();
                    r.render(t.name(), t.plan().nodes(), t.plan().relIdPrefix(), buf);
                    if (r.stopped()) {
                        break;
                    }
                    rendered.put(t.name(), deflater.deflate(buf.array(), buf.size()));
                }
            }
        } finally {
            release(buf);
        }
        List<DataProblem> problems = r.problems();
        if (!problems.isEmpty()) {
            throw new TemplateDataException(problems);
        }
        DeterministicZip zip = new DeterministicZip();
        if (attachments.isEmpty()) {
            for (OutPart p : c.parts()) {
                zip.add(p.name(), p instanceof OutPart.Static s ? s.bytes() : rendered.get(p.name()));
            }
        } else {
            AttachedEntries.write(c, rendered, attachments, zip);
        }
        return zip.toByteArray();
    }

    private static boolean has(Compiled c, String name) {
        for (OutPart p : c.parts()) {
            if (p.name().equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }
}
