// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.engine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.docx.RenderLimits;
import org.jixiao.docx.TemplateDataException;
import org.jixiao.docx.internal.render.Attachments;
import org.jixiao.docx.internal.render.BufferPool;
import org.jixiao.docx.internal.render.ByteBuf;
import org.jixiao.docx.internal.render.Renderer;
import org.jixiao.docx.internal.zip.Deflated;
import org.jixiao.docx.internal.zip.DeterministicZip;
import org.jixiao.validation.Problem;

/**
 * Renders a compiled template: each templated part is rendered into one reused buffer (footnotes
 * and endnotes last) and zipped with the static parts, in the compiled order. No XML parsing, JAXB or docx4j on this path.
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
        Attachments attachments = new Attachments(name -> has(c, name));
        Renderer r = new Renderer(data, limits, attachments);
        if (!r.problems().isEmpty()) {
            throw new TemplateDataException(r.problems());
        }
        // Every templated part is rendered before any entry is written: a picture or hyperlink adds
        // relationships, content types and media parts that sort before or between them.
        for (Compiled.NotesPart n : c.notesParts()) {
            r.notesPart(n.endnote(), n.part().name(), n.part().plan().relIdPrefix());
        }
        Map<String, Deflated> rendered = new HashMap<>();
        ByteBuf buf = BUFFERS.take(c.estimate());
        buf.budget(limits.maxOutputBytes());
        try (PartDeflater deflater = new PartDeflater()) {
            for (OutPart.Templated t : c.renderOrder()) {
                if (r.stopped()) {
                    break;
                }
                buf.reset();
                r.render(t.name(), t.plan().nodes(), t.plan().relIdPrefix(), buf);
                if (!r.stopped()) {
                    rendered.put(t.name(), deflater.deflate(buf.array(), buf.size()));
                }
            }
        } finally {
            BUFFERS.give(buf);
        }
        List<Problem> problems = r.problems();
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
