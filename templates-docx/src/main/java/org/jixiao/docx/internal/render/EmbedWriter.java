// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.render;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.IntSupplier;
import org.jixiao.docx.Image;
import org.jixiao.docx.Link;
import org.jixiao.docx.internal.plan.Hyperlink;
import org.jixiao.docx.internal.plan.Loc;
import org.jixiao.docx.internal.plan.Path;
import org.jixiao.docx.internal.plan.Picture;
import org.jixiao.docx.internal.plan.TemplateProblems;
import org.jixiao.internal.message.Catalogue;
import org.jixiao.validation.Problem;

/**
 * Writes the slots that add to the package: pictures ({@code w:drawing} with a DrawingML inline
 * picture) and hyperlinks to data addresses. The values were checked with the whole data tree
 * ({@link DataCheck}: PNG or JPEG, an allowed address); here they are looked up, typed and sized.
 * The picture's bytes count against the render's output budget.
 */
final class EmbedWriter {
    private static final long EMU_PER_INCH = 914_400;
    private static final long EMU_PER_MM = 36_000;
    private static final long MAX_SIDE_EMU = Image.MAX_SIDE_MM * EMU_PER_MM;
    private static final String WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
    private static final String A = "http://schemas.openxmlformats.org/drawingml/2006/main";
    private static final String PIC = "http://schemas.openxmlformats.org/drawingml/2006/picture";
    private static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private final Scope scope;
    private final List<Problem> problems;
    private final Attachments attachments;

    EmbedWriter(Scope scope, List<Problem> problems, Attachments attachments) {
        this.scope = scope;
        this.problems = problems;
        this.attachments = attachments;
    }

    void picture(Picture p, ByteBuf out, String part, String relIdPrefix, IntSupplier docPrId) {
        Object v = value(p.path(), p.loc(), Image.class, "image", TemplateProblems.term("word.kind.image-value"));
        if (!(v instanceof Image image)) {
            return;
        }
        byte[] bytes = image.bytes();
        PictureFormat f = PictureFormat.of(bytes);
        if (f == null) {
            return; // reported by DataCheck before the render began
        }
        out.spend(bytes.length);
        long[] size = size(image, f, p.maxWidthEmu());
        String rId = attachments.picture(part, relIdPrefix, bytes, f);
        int id = docPrId.getAsInt();
        String cx = Long.toString(size[0]);
        String cy = Long.toString(size[1]);
        String xml = "<" + p.w() + "drawing><wp:inline xmlns:wp=\"" + WP + "\" distT=\"0\" distB=\"0\" distL=\"0\""
                + " distR=\"0\"><wp:extent cx=\"" + cx + "\" cy=\"" + cy + "\"/>"
                + "<wp:effectExtent l=\"0\" t=\"0\" r=\"0\" b=\"0\"/><wp:docPr id=\"" + id + "\" name=\"Picture "
                + id + "\"/><wp:cNvGraphicFramePr><a:graphicFrameLocks xmlns:a=\"" + A
                + "\" noChangeAspect=\"1\"/></wp:cNvGraphicFramePr><a:graphic xmlns:a=\"" + A + "\">"
                + "<a:graphicData uri=\"" + PIC + "\"><pic:pic xmlns:pic=\"" + PIC + "\"><pic:nvPicPr>"
                + "<pic:cNvPr id=\"" + id + "\" name=\"Picture " + id + "\"/><pic:cNvPicPr/></pic:nvPicPr>"
                + "<pic:blipFill><a:blip xmlns:r=\"" + R + "\" r:embed=\"" + rId + "\"/><a:stretch><a:fillRect/>"
                + "</a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"" + cx
                + "\" cy=\"" + cy + "\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr>"
                + "</pic:pic></a:graphicData></a:graphic></wp:inline></" + p.w() + "drawing>";
        out.write(xml.getBytes(StandardCharsets.UTF_8));
    }

    void hyperlink(Hyperlink h, ByteBuf out, String part, String relIdPrefix) {
        Object v = value(h.path(), h.loc(), Link.class, "link", TemplateProblems.term("word.kind.link-value"));
        if (!(v instanceof Link link) || LinkRule.refusal(link.url()) != null) {
            return; // a refused address was reported by DataCheck before the render began
        }
        String rId = attachments.hyperlink(part, relIdPrefix, link.url());
        String text = link.text().isEmpty() ? link.url() : link.text();
        out.write(h.runClose());
        out.write(("<" + h.w() + "hyperlink xmlns:r=\"" + R + "\" r:id=\"" + rId + "\">")
                .getBytes(StandardCharsets.UTF_8));
        out.write(h.runOpen());
        TextSink.write(out, text, h.tags());
        out.write(h.runClose());
        out.write(("</" + h.w() + "hyperlink>").getBytes(StandardCharsets.UTF_8));
        out.write(h.runOpen());
    }

    /** The value at {@code path} if it is a {@code type}; else null, with the problem reported. */
    private Object value(Path path, Loc loc, Class<?> type, String option, Catalogue.Worded needs) {
        Object o = scope.get(path);
        if (o == Scope.MISSING || o == null) {
            String p = scope.describe(path);
            problems.add(DataCode.MISSING.at(p, loc, p));
            return null;
        }
        if (!type.isInstance(o)) {
            String p = scope.describe(path);
            problems.add(DataCode.WRONG_TYPE.at(p, loc, p, ValueText.kindOf(o), option, needs));
            return null;
        }
        return o;
    }

    /** Width and height in EMU: as given, or from the picture; never wider than {@code maxWidthEmu}. */
    static long[] size(Image image, PictureFormat f, long maxWidthEmu) {
        long naturalW = f.widthPx() * EMU_PER_INCH / f.dotsPerInchX();
        long naturalH = f.heightPx() * EMU_PER_INCH / f.dotsPerInchY();
        long w;
        long h;
        if (image.widthMm() > 0 && image.heightMm() > 0) {
            w = image.widthMm() * EMU_PER_MM;
            h = image.heightMm() * EMU_PER_MM;
        } else if (image.widthMm() > 0) {
            w = image.widthMm() * EMU_PER_MM;
            h = scale(naturalH, w, naturalW);
        } else if (image.heightMm() > 0) {
            h = image.heightMm() * EMU_PER_MM;
            w = scale(naturalW, h, naturalH);
        } else {
            w = naturalW;
            h = naturalH;
        }
        if (w > maxWidthEmu) {
            h = scale(h, maxWidthEmu, w);
            w = maxWidthEmu;
        }
        if (h > MAX_SIDE_EMU) {
            w = scale(w, MAX_SIDE_EMU, h);
            h = MAX_SIDE_EMU;
        }
        return new long[] {Math.max(1, w), Math.max(1, h)};
    }

    /** {@code value × to / from}, rounded, without overflow for picture sizes. */
    private static long scale(long value, long to, long from) {
        return Math.max(1, Math.round((double) value * to / from));
    }
}
