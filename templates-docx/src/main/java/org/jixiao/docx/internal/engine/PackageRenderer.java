// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.engine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.docx.RenderLimits;
import org.jixiao.docx.TemplateDataException;
import org.jixiao.docx.internal.plan.Node;
import org.jixiao.docx.internal.plan.NoteList;
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
        Map<String, Deflated> rendered = new HashMap<>();
        ByteBuf buf = BUFFERS.take(c.estimate());
        buf.budget(limits.maxOutputBytes());
        List<OutPart> parts = c.parts();
        try (PartDeflater deflater = new PartDeflater()) {
            // Notes parts last: they hold the notes rendered where the other parts refer to them.
            for (boolean notes : new boolean[] {false, true}) {
                for (int i = 0; i < parts.size() && !r.stopped(); i++) {
                    if (parts.get(i) instanceof OutPart.Templated t && holdsNotes(t) == notes) {
                        buf.reset();
                        r.render(t.name(), t.plan().nodes(), t.plan().relIdPrefix(), buf);
                        if (!r.stopped()) {
                            rendered.put(t.name(), deflater.deflate(buf.array(), buf.size()));
                        }
                    }
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
            for (OutPart p : parts) {
                zip.add(p.name(), p instanceof OutPart.Static s ? s.bytes() : rendered.get(p.name()));
            }
        } else {
            AttachedEntries.write(c, rendered, attachments, zip);
        }
        return zip.toByteArray();
    }

    /** Whether {@code t} is a footnotes or endnotes part, where notes rendered elsewhere are written. */
    private static boolean holdsNotes(OutPart.Templated t) {
        for (Node n : t.plan().nodes()) {
            if (n instanceof NoteList) {
                return true;
            }
        }
        return false;
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
