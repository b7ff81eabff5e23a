// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.text;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.docx.internal.xml.Ns;
import org.jixiao.docx.internal.xml.XElement;

/**
 * The relationships of one source part, targets resolved to part names (external targets kept as
 * written); its two static helpers name and resolve relationships for the engine too.
 */
public final class Rels {
    /** One relationship; {@code type} is the short type, such as {@code header}. */
    record Rel(String id, String type, String target, boolean external) {}

    private final Map<String, Rel> byId = new LinkedHashMap<>();

    static Rels of(PartSet parts, String source) {
        Rels rels = new Rels();
        XElement root = parts.xml(relsName(source));
        if (root != null) {
            for (XElement r : root.elements()) {
                if (r.is(Ns.PKG_REL, "Relationship") && r.attr("Id") != null) {
                    boolean ext = "External".equals(r.attr("TargetMode"));
                    String target = r.attr("Target") == null ? "" : r.attr("Target");
                    rels.byId.put(
                            r.attr("Id"),
                            new Rel(
                                    r.attr("Id"),
                                    Ns.shortRelType(r.attr("Type")),
                                    ext ? target : resolve(source, target),
                                    ext));
                }
            }
        }
        return rels;
    }

    /** The target shown for {@code id}: a part name, an external URL, or {@code id?} when unknown. */
    String target(String id) {
        Rel r = id == null ? null : byId.get(id);
        return r == null ? id + "?" : r.target();
    }

    List<Rel> ofType(String type) {
        List<Rel> out = new ArrayList<>();
        for (Rel r : byId.values()) {
            if (!r.external() && r.type().equals(type)) {
                out.add(r);
            }
        }
        return out;
    }

    /** {@code word/_rels/document.xml.rels} for {@code word/document.xml}; {@code _rels/.rels} for "". */
    public static String relsName(String source) {
        int slash = source.lastIndexOf('/');
        return source.substring(0, slash + 1) + "_rels/" + source.substring(slash + 1) + ".rels";
    }

    /** Resolves a relative or absolute target against the source part's folder, folding {@code .} and {@code ..}. */
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
