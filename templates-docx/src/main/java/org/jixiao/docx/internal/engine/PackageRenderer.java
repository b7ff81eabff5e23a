// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.engine;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jixiao.docx.DataProblem;
import org.jixiao.docx.TemplateDataException;
import org.jixiao.docx.internal.render.ByteBuf;
import org.jixiao.docx.internal.render.Renderer;
import org.jixiao.docx.internal.zip.DeterministicZip;

/**
 * Renders a compiled template: each templated part is rendered into one reused buffer and zipped
 * with the static parts, in the compiled order. No XML parsing, JAXB or docx4j on this path.
 */
public final class PackageRenderer {
    private PackageRenderer() {}

    /** The complete .docx; throws {@link TemplateDataException} listing every data problem. */
    public static byte[] render(Compiled c, Map<String, ?> data) {
        Renderer r = new Renderer(data);
        if (!r.problems().isEmpty()) {
            throw new TemplateDataException(r.problems());
        }
        DeterministicZip zip = new DeterministicZip();
        ByteBuf buf = null;
        for (OutPart p : c.parts()) {
            if (p instanceof OutPart.Static s) {
                zip.add(s.name(), s.bytes());
            } else {
                OutPart.Templated t = (OutPart.Templated) p;
                if (buf == null) {
                    buf = new ByteBuf(t.estimate() + t.estimate() / 2);
                }
                buf.reset();
                r.render(t.plan().nodes(), buf);
                zip.add(t.name(), Arrays.copyOf(buf.array(), buf.size()));
            }
        }
        List<DataProblem> problems = r.problems();
        if (!problems.isEmpty()) {
            throw new TemplateDataException(problems);
        }
        return zip.toByteArray();
    }
}
