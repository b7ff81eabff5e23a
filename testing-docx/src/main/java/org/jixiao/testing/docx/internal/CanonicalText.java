// SPDX-License-Identifier: Apache-2.0
package org.jixiao.testing.docx.internal;

import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import org.jixiao.docx.internal.load.Relationship;
import org.jixiao.docx.internal.tree.XmlElem;

/**
 * Assembles the canonical text of a package: the main document, then its headers and footers (in
 * natural name order), footnotes, endnotes, styles, numbering and settings, each under a
 * {@code == part} line. See {@link org.jixiao.testing.docx.DocxText} for the format.
 */
public final class CanonicalText {
    private static final Comparator<String> NATURAL = CanonicalText::natural;

    private CanonicalText() {}

    public static String of(byte[] docx) {
        PartSet parts = PartSet.read(docx);
        String main = parts.mainDocument();
        Rels rels = Rels.of(parts, main);
        List<Relationship> settingsRel = rels.ofType("settings");
        XmlElem settings =
                settingsRel.isEmpty() ? null : parts.xml(settingsRel.get(0).target());
        boolean evenOdd = settings != null && PackageWriter.evenAndOddHeaders(settings);
        Lines out = new Lines();

        out.line("== " + main);
        XmlElem body = W.child(parts.xml(main), "body");
        if (body != null) {
            new BlockWriter(new Story(rels, evenOdd), out).blocks(body, "");
        }
        TreeSet<String> headers = new TreeSet<>(NATURAL);
        for (String type : new String[] {"header", "footer"}) {
            rels.ofType(type).forEach(r -> headers.add(r.target()));
        }
        for (String part : headers) {
            story(parts, part, evenOdd, out);
        }
        for (String type : new String[] {"footnotes", "endnotes"}) {
            for (Relationship r : rels.ofType(type)) {
                notes(parts, r.target(), evenOdd, out);
            }
        }
        for (Relationship r : rels.ofType("styles")) {
            section(parts, r.target(), out, PackageWriter::styles);
        }
        for (Relationship r : rels.ofType("numbering")) {
            section(parts, r.target(), out, PackageWriter::numbering);
        }
        if (settings != null) {
            out.line("== " + settingsRel.get(0).target());
            PackageWriter.settings(settings, out);
        }
        return out.toString();
    }

    private static void story(PartSet parts, String part, boolean evenOdd, Lines out) {
        XmlElem root = parts.xml(part);
        if (root == null) {
            return;
        }
        out.line("== " + part);
        new BlockWriter(new Story(Rels.of(parts, part), evenOdd), out).blocks(root, "");
    }

    private static void notes(PartSet parts, String part, boolean evenOdd, Lines out) {
        XmlElem root = parts.xml(part);
        if (root == null) {
            return;
        }
        out.line("== " + part);
        BlockWriter blocks = new BlockWriter(new Story(Rels.of(parts, part), evenOdd), out);
        for (XmlElem note : root.elements()) {
            String type = note.attr("type");
            if (type != null && !type.equals("normal")) {
                continue; // separators are Word's furniture, not content
            }
            out.line("[" + note.local() + " " + note.attr("id") + "]");
            blocks.blocks(note, "  ");
        }
    }

    private interface PartRenderer {
        void write(XmlElem root, Lines out);
    }

    private static void section(PartSet parts, String part, Lines out, PartRenderer renderer) {
        XmlElem root = parts.xml(part);
        if (root != null) {
            out.line("== " + part);
            renderer.write(root, out);
        }
    }

    /** Orders {@code header2.xml} before {@code header10.xml}. */
    static int natural(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char ca = a.charAt(i);
            char cb = b.charAt(j);
            if (Character.isDigit(ca) && Character.isDigit(cb)) {
                int si = i;
                int sj = j;
                while (i < a.length() && Character.isDigit(a.charAt(i))) {
                    i++;
                }
                while (j < b.length() && Character.isDigit(b.charAt(j))) {
                    j++;
                }
                String na = a.substring(si, i).replaceFirst("^0+(?=.)", "");
                String nb = b.substring(sj, j).replaceFirst("^0+(?=.)", "");
                int c = na.length() != nb.length() ? Integer.compare(na.length(), nb.length()) : na.compareTo(nb);
                if (c != 0) {
                    return c;
                }
            } else {
                if (ca != cb) {
                    return Character.compare(ca, cb);
                }
                i++;
                j++;
            }
        }
        int c = Integer.compare(a.length() - i, b.length() - j);
        return c != 0 ? c : a.compareTo(b);
    }
}
