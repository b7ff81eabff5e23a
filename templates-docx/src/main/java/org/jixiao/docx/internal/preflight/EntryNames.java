// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.preflight;

import org.jixiao.docx.internal.load.DocxPackage;
import org.jixiao.docx.internal.plan.TemplateProblems;
import org.jixiao.docx.internal.xml.XmlChars;
import org.jixiao.internal.validation.DisplayText;
import org.jixiao.validation.Problem;

/** Entry-name rules: an OPC part name is relative, forward-slashed and free of {@code ..}. */
final class EntryNames {
    private EntryNames() {}

    /** The problem with this name, or null when it is acceptable. */
    static Problem check(String name, int index) {
        String why = why(name);
        if (why == null) {
            return null;
        }
        String code = "template.zip.unsafe-name";
        return TemplateProblems.error(
                code, code, name, "entry " + index, snippet(name), TemplateProblems.term(code + "." + why));
    }

    /** The key under which two names count as the same OPC part (OPC names are case-insensitive). */
    static String key(String name) {
        return DocxPackage.key(name);
    }

    /** Whether the name ends in {@code .xml} or {@code .rels}, in any case. */
    static boolean isXmlName(String name) {
        String k = key(name);
        return k.endsWith(".xml") || k.endsWith(".rels");
    }

    /** Whether the name ends in {@code .rels}, in any case: a relationships part. */
    static boolean isRels(String name) {
        return key(name).endsWith(".rels");
    }

    /** The variant of the reason a name is unsafe, or null when it is not. */
    private static String why(String name) {
        return switch (kind(name)) {
            case 0 -> null;
            case 1 -> "empty";
            case 2 -> "backslash";
            case 3 -> "absolute";
            case 4 -> "drive";
            case 5 -> "dot-dot";
            default -> "control";
        };
    }

    private static int kind(String name) {
        if (name.isEmpty()) {
            return 1;
        }
        if (name.indexOf('\\') >= 0) {
            return 2;
        }
        if (name.startsWith("/")) {
            return 3;
        }
        if (name.length() >= 2 && name.charAt(1) == ':' && Character.isLetter(name.charAt(0))) {
            return 4;
        }
        for (String seg : name.split("/", -1)) {
            if (seg.equals("..")) {
                return 5;
            }
        }
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) < 0x20 || name.charAt(i) == 0x7F) {
                return 6;
            }
        }
        return 0;
    }

    /** A printable, bounded rendering of a name for messages: as {@link DisplayText#abbreviate} shows it. */
    static String snippet(String s) {
        return XmlChars.visible(s.codePoints()
                .limit(120)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString());
    }
}
