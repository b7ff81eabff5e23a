// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.load;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import org.jixiao.docx.internal.xml.Ns;

/**
 * One relationship of a source part.
 *
 * @param id the {@code Id}, as written
 * @param type the short type, e.g. {@code header} (transitional and strict alike), as written
 * @param target the target part name resolved against the source part, or the target as written when
 *     {@code external}
 * @param external whether {@code TargetMode="External"}
 */
public record Relationship(String id, String type, String target, boolean external) {

    /** Whether this is an internal relationship of the short type {@code shortType}, compared without regard to case. */
    public boolean isInternal(String shortType) {
        return !external && type.equalsIgnoreCase(shortType);
    }

    /** The short relationship type, e.g. {@code header}, of a full one ({@link Ns#shortRelType}). */
    public static String shortType(String type) {
        return Ns.shortRelType(type);
    }

    /** {@code word/document.xml} for {@code word/_rels/document.xml.rels}; "" for {@code _rels/.rels} and other names. */
    public static String sourceOf(String relsPart) {
        String key = relsPart.toLowerCase(Locale.ROOT);
        int i = key.lastIndexOf("_rels/");
        if (i < 0 || !key.endsWith(".rels")) {
            return "";
        }
        return relsPart.substring(0, i)
                + relsPart.substring(i + "_rels/".length(), relsPart.length() - ".rels".length());
    }

    /** {@code word/_rels/document.xml.rels} for {@code word/document.xml}; {@code _rels/.rels} for "". */
    public static String relsPartOf(String source) {
        int slash = source.lastIndexOf('/');
        return source.substring(0, slash + 1) + "_rels/" + source.substring(slash + 1) + ".rels";
    }

    /**
     * The part name {@code target} refers to from {@code source}: relative to the source's folder, or
     * absolute with a leading {@code /}; {@code .} and {@code ..} folded, never above the root.
     */
    public static String resolve(String source, String target) {
        String path = target.startsWith("/")
                ? target.substring(1)
                : source.substring(0, source.lastIndexOf('/') + 1) + target;
        Deque<String> segs = new ArrayDeque<>();
        for (String s : path.split("/")) {
            if (s.equals("..")) {
                segs.pollLast();
            } else if (!s.isEmpty() && !s.equals(".")) {
                segs.addLast(s);
            }
        }
        return String.join("/", segs);
    }
}
