// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.preflight;

import java.util.Locale;
import org.jixiao.docx.internal.plan.TemplateProblems;
import org.jixiao.validation.Problem;

/** The ZIP-level problems, with their stable codes and bilingual advice. */
final class ZipProblems {
    /** Used as the part when a problem concerns the whole package. */
    static final String PACKAGE = TemplateProblems.PACKAGE;

    private ZipProblems() {}

    static Problem fileTooLarge(long bytes, PreflightLimits l) {
        return TemplateProblems.of(
                "template.zip.too-large",
                PACKAGE,
                "",
                "",
                "模板文件过大（" + size(bytes) + "，上限 " + size(l.maxTemplateBytes()) + "）；请压缩图片或删除不需要的内容后重新保存。",
                "the template file is too large (" + size(bytes) + ", limit " + size(l.maxTemplateBytes())
                        + "); compress pictures or remove unneeded content, then save again.");
    }

    static Problem notAZip(byte[] head) {
        boolean ole2 = head.length >= 4
                && (head[0] & 0xFF) == 0xD0
                && (head[1] & 0xFF) == 0xCF
                && (head[2] & 0xFF) == 0x11
                && (head[3] & 0xFF) == 0xE0;
        if (ole2) {
            return TemplateProblems.of(
                    "template.zip.not-a-zip",
                    PACKAGE,
                    "",
                    "",
                    "文件不是 .docx：它是加密的 Office 文档或旧版 .doc；请在 Word 中取消密码并另存为 .docx。",
                    "the file is not a .docx: it is a password-protected Office file or a legacy .doc; remove the"
                            + " password in Word and save as .docx.");
        }
        return TemplateProblems.of(
                "template.zip.not-a-zip",
                PACKAGE,
                "",
                "",
                "文件不是 .docx（不是 ZIP 压缩包）；请在 Word 中另存为 .docx。",
                "the file is not a .docx (not a ZIP archive); save it from Word as .docx.");
    }

    static Problem encrypted(String name) {
        return TemplateProblems.of(
                "template.zip.encrypted",
                name,
                "",
                "",
                "ZIP 条目已加密，无法检查；请在 Word 中取消密码保护后另存为 .docx。",
                "the ZIP entry is encrypted and cannot be checked; remove the password protection in Word and save"
                        + " as .docx.");
    }

    static Problem tooManyEntries(PreflightLimits l) {
        return TemplateProblems.of(
                "template.zip.too-many-entries",
                PACKAGE,
                "entry " + (l.maxEntries() + 1),
                "",
                "模板的 ZIP 条目超过 " + l.maxEntries() + " 个，已停止读取；这不是正常的 Word 文档，请用 Word 重新保存。",
                "the template has more than " + l.maxEntries() + " ZIP entries, reading stopped; this is not a"
                        + " normal Word document, save it again from Word.");
    }

    static Problem duplicate(String name, String first, int index) {
        String also = name.equals(first) ? "" : "（与 " + first + " 仅大小写不同）";
        String alsoEn = name.equals(first) ? "" : " (differs from " + first + " only in case)";
        return TemplateProblems.of(
                "template.zip.duplicate-entry",
                name,
                "entry " + index,
                "",
                "ZIP 中有重名条目" + also + "，不同程序会读到不同内容；请在 Word 中另存为新的 .docx。",
                "the ZIP holds this entry twice" + alsoEn + ", so different programs read different content;"
                        + " save the template from Word as a new .docx.");
    }

    static Problem entryTooLarge(String name, int index, PreflightLimits l) {
        return bomb(
                name, index, "解压后超过 " + size(l.maxEntryBytes()), "inflates to more than " + size(l.maxEntryBytes()));
    }

    static Problem totalTooLarge(String name, int index, PreflightLimits l) {
        return bomb(
                name,
                index,
                "解压总量超过 " + size(l.maxTotalBytes()),
                "the package inflates to more than " + size(l.maxTotalBytes()) + " in total");
    }

    static Problem ratio(String name, int index, long size, long compressed, PreflightLimits l) {
        String r = "压缩比超过 " + l.maxRatio() + ":1（" + size(size) + " 来自约 " + size(compressed) + "）";
        String rEn = "compression ratio above " + l.maxRatio() + ":1 (" + size(size) + " from about " + size(compressed)
                + ")";
        return bomb(name, index, r, rEn);
    }

    private static Problem bomb(String name, int index, String zh, String en) {
        return TemplateProblems.of(
                "template.zip.bomb",
                name,
                "entry " + index,
                "",
                "疑似 ZIP 炸弹：" + zh + "，已停止解压；请检查模板来源，用 Word 重新保存。",
                "suspected ZIP bomb: " + en + ", inflation stopped; check where the template came from and save it"
                        + " again from Word.");
    }

    static Problem corrupt(int index) {
        return TemplateProblems.of(
                "template.zip.corrupt",
                PACKAGE,
                "entry " + index,
                "",
                "ZIP 压缩包已损坏或格式不受支持（第 " + index + " 个条目处）；请在 Word 中打开并另存为 .docx。",
                "the ZIP archive is damaged or uses an unsupported format (at entry " + index + "); open it in Word"
                        + " and save as .docx.");
    }

    static Problem inconsistent(int local, int central) {
        return TemplateProblems.of(
                "template.zip.inconsistent",
                PACKAGE,
                "",
                "local=" + local + " central=" + central,
                "ZIP 的条目表与实际内容不一致，Word 与本程序会看到不同的文档；请在 Word 中另存为新的 .docx。",
                "the ZIP directory does not match the entries it holds, so Word and jixiao would see different"
                        + " documents; save the template from Word as a new .docx.");
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
