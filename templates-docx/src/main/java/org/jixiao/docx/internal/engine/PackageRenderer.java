// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.engine;

import java.util.List;
import java.util.Map;
import org.jixiao.docx.DataProblem;
import org.jixiao.docx.RenderLimits;
import org.jixiao.docx.TemplateDataException;
import org.jixiao.docx.internal.plan.Node;
import org.jixiao.docx.internal.plan.NoteList;
import org.jixiao.docx.internal.render.BufferPool;
import org.jixiao.docx.internal.render.ByteBuf;
import org.jixiao.docx.internal.render.Renderer;
import org.jixiao.docx.internal.zip.Deflated;
import org.jixiao.docx.internal.zip.DeterministicZip;

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
        Renderer r = new Renderer(data, limits);
        if (!r.problems().isEmpty()) {
            throw new TemplateDataException(r.problems());
        }
        DeterministicZip zip = new DeterministicZip();
        ByteBuf buf = BUFFERS.take(c.estimate());
        buf.budget(limits.maxOutputBytes());
        List<OutPart> parts = c.parts();
        Deflated[] rendered = new Deflated[parts.size()];
        try (PartDeflater deflater = new PartDeflater()) {
            // Notes parts last: they hold the notes rendered where the other parts refer to them.
            for (boolean notes : new boolean[] {false, true}) {
                for (int i = 0; i < parts.size() && !r.stopped(); i++) {
                    if (parts.get(i) instanceof OutPart.Templated t && holdsNotes(t) == notes) {
                        buf.reset();
                        r.render(t.name(), t.plan().nodes(), buf);
                        rendered[i] = deflater.deflate(buf.array(), buf.size());
                    }
                }
            }
        } finally {
            BUFFERS.give(buf);
        }
        List<DataProblem> problems = r.problems();
        if (!problems.isEmpty()) {
            throw new TemplateDataException(problems);
        }
        for (int i = 0; i < parts.size(); i++) {
            if (parts.get(i) instanceof OutPart.Static s) {
                zip.add(s.name(), s.bytes());
            } else {
                zip.add(parts.get(i).name(), rendered[i]);
            }
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
}
