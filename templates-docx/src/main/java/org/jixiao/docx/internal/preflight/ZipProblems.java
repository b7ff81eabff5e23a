// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.preflight;

import java.util.Locale;
import org.jixiao.docx.internal.plan.TemplateProblems;
import org.jixiao.internal.message.Catalogue;
import org.jixiao.validation.Problem;

/** The ZIP-level problems, with their stable codes; their advice is in the engine's bundle. */
final class ZipProblems {
    /** Used as the part when a problem concerns the whole package. */
    static final String PACKAGE = TemplateProblems.PACKAGE;

    private ZipProblems() {}

    static Problem fileTooLarge(long bytes, PreflightLimits l) {
        return TemplateProblems.error(
                "template.zip.too-large",
                "template.zip.too-large",
                PACKAGE,
                "",
                "",
                size(bytes),
                size(l.maxTemplateBytes()));
    }

    static Problem notAZip(byte[] head) {
        boolean ole2 = head.length >= 4
                && (head[0] & 0xFF) == 0xD0
                && (head[1] & 0xFF) == 0xCF
                && (head[2] & 0xFF) == 0x11
                && (head[3] & 0xFF) == 0xE0;
        String code = "template.zip.not-a-zip";
        return TemplateProblems.error(code, ole2 ? code + ".legacy" : code, PACKAGE, "", "");
    }

    static Problem encrypted(String name) {
        return TemplateProblems.error("template.zip.encrypted", "template.zip.encrypted", name, "", "");
    }

    static Problem tooManyEntries(PreflightLimits l) {
        String code = "template.zip.too-many-entries";
        return TemplateProblems.error(code, code, PACKAGE, "entry " + (l.maxEntries() + 1), "", l.maxEntries());
    }

    static Problem duplicate(String name, String first, int index) {
        String code = "template.zip.duplicate-entry";
        return TemplateProblems.error(
                code, name.equals(first) ? code : code + ".case", name, "entry " + index, "", first);
    }

    static Problem entryTooLarge(String name, int index, PreflightLimits l) {
        return bomb(name, index, TemplateProblems.term("template.zip.bomb.entry", size(l.maxEntryBytes())));
    }

    static Problem totalTooLarge(String name, int index, PreflightLimits l) {
        return bomb(name, index, TemplateProblems.term("template.zip.bomb.total", size(l.maxTotalBytes())));
    }

    static Problem ratio(String name, int index, long size, long compressed, PreflightLimits l) {
        return bomb(
                name,
                index,
                TemplateProblems.term("template.zip.bomb.ratio", l.maxRatio(), size(size), size(compressed)));
    }

    private static Problem bomb(String name, int index, Catalogue.Worded why) {
        return TemplateProblems.error("template.zip.bomb", "template.zip.bomb", name, "entry " + index, "", why);
    }

    static Problem corrupt(int index) {
        return TemplateProblems.error(
                "template.zip.corrupt", "template.zip.corrupt", PACKAGE, "entry " + index, "", index);
    }

    static Problem inconsistent(int local, int central) {
        String code = "template.zip.inconsistent";
        return TemplateProblems.error(code, code, PACKAGE, "", "local=" + local + " central=" + central);
    }

    static String size(long bytes) {
        long mib = 1024L * 1024L;
        if (bytes >= mib && bytes % mib == 0) {
            return bytes / mib + " MiB";
        }
        if (bytes >= mib) {
            return String.format(Locale.ROOT, "%.1f MiB", bytes / (double) mib);
        }
        return bytes + " B";
    }
}
