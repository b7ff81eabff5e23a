// SPDX-License-Identifier: Apache-2.0
package org.jixiao.testing.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Markup compatibility (ECMA-376 Part 3) as a consumer of the standard applies it before reading a
 * part, between the parser and the validator. The consumer understands the namespaces of
 * ISO/IEC 29500 and of the part's own root element (so {@code word/people.xml} may be in w15);
 * everything else is what Word's extensions (w14, w15, wp14…) look like to it.
 *
 * <ul>
 *   <li>An element of a namespace that {@code mc:Ignorable} (on it or an ancestor) lists and the
 *       consumer does not understand is dropped with its content; attributes likewise. If
 *       {@code mc:ProcessContent} lists the element, only the element is dropped and its children
 *       are read in its place.
 *   <li>{@code mc:AlternateContent} is replaced by the content of its first {@code mc:Choice} whose
 *       {@code Requires} names only understood namespaces, else by its {@code mc:Fallback}, else by
 *       nothing. Word, which understands its extensions, usually takes a Choice; a consumer of the
 *       standard takes the Fallback, which is what the transitional schemas can check.
 *   <li>{@code mc:MustUnderstand} naming a namespace outside the understood ones is reported:
 *       a consumer must then refuse the document.
 *   <li>The {@code mc} attributes themselves are removed; any other {@code mc} element is passed on,
 *       for the validator to reject.
 * </ul>
 *
 * <p>Events reach the validator with the parser's own locator, so problems carry the part's
 * original line and column. The filter also tracks where it is, for {@link #path()}.
 */
final class Compatibility extends DefaultHandler {
    static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";

    /** What happens to an element that is not dropped outright. */
    private enum Kind {
        /** Passed on to the validator. */
        KEEP,
        /** Dropped, its children read in its place: a taken Choice or Fallback, or ProcessContent. */
        UNWRAP,
        /** An mc:AlternateContent, choosing among its children. */
        ALTERNATE
    }

    private static final class Frame {
        final Kind kind;
        /** The declarations in force for this element's attributes and children. */
        final McScope scope;
        /** For a kept element: its path, and how many kept children of each name it has so far. */
        final String path;

        final Map<String, Integer> children = new HashMap<>();
        /** For an AlternateContent: whether a Choice or the Fallback was taken. */
        boolean chosen;

        Frame(Kind kind, McScope scope, String path) {
            this.kind = kind;
            this.scope = scope;
            this.path = path;
        }
    }

    private final ContentHandler next;
    private final Set<String> standard;
    private final Set<String> known;
    private final boolean freeForm;
    private final McScope.Problems problems;
    private final Prefixes prefixes = new Prefixes();
    private final Deque<Frame> frames = new ArrayDeque<>();
    private Set<String> understood;
    /** The depth inside a dropped element, 0 outside one. */
    private int skipping;
    /** Nothing more reaches the validator: the root has no schema. */
    private boolean silent;

    private Locator locator;

    /**
     * @param next the validator
     * @param standard the namespaces of the standard
     * @param known every namespace with a schema: the root element must be in one
     * @param freeForm whether the part is custom XML data (content type {@code application/xml}), whose
     *     root may be in any namespace: such a part is then only checked to be well-formed
     * @param problems where problems found by this filter go
     */
    Compatibility(
            ContentHandler next, Set<String> standard, Set<String> known, boolean freeForm, McScope.Problems problems) {
        this.next = next;
        this.standard = standard;
        this.known = known;
        this.freeForm = freeForm;
        this.problems = problems;
    }

    /** Where the parser is, as {@code /w:styles/w:style[12]/w:pPr[1]}; the part's own prefixes. */
    String path() {
        for (Frame f : frames) {
            if (f.kind == Kind.KEEP) {
                return f.path;
            }
        }
        return "";
    }

    /** {@code message} with namespaces written as prefixes, see {@link Prefixes#readable}. */
    String readable(String message) {
        return prefixes.readable(message);
    }

    @Override
    public void setDocumentLocator(Locator locator) {
        this.locator = locator;
        next.setDocumentLocator(locator);
    }

    @Override
    public void startDocument() throws SAXException {
        next.startDocument();
    }

    @Override
    public void endDocument() throws SAXException {
        if (!silent) {
            next.endDocument();
        }
    }

    @Override
    public void startPrefixMapping(String prefix, String uri) throws SAXException {
        prefixes.declare(prefix, uri);
        if (passing()) {
            next.startPrefixMapping(prefix, uri);
        }
    }

    @Override
    public void endPrefixMapping(String prefix) throws SAXException {
        if (passing()) {
            next.endPrefixMapping(prefix);
        }
    }

    @Override
    public void startElement(String uri, String local, String qName, Attributes atts) throws SAXException {
        prefixes.startElement();
        if (silent) {
            return;
        }
        if (skipping > 0) {
            skipping++;
            return;
        }
        if (frames.isEmpty() && !root(uri, local)) {
            silent = true;
            return;
        }
        Frame parent = frames.peek();
        McScope scope = parent == null ? McScope.NONE : parent.scope;
        if (uri.equals(MC)
                && (local.equals("Choice") || local.equals("Fallback"))
                && parent != null
                && parent.kind == Kind.ALTERNATE) {
            boolean take = !parent.chosen
                    && (local.equals("Fallback")
                            || McScope.requiresOnly(atts.getValue("Requires"), prefixes, understood));
            if (!take) {
                skipping = 1;
                return;
            }
            parent.chosen = true;
            frames.push(frame(Kind.UNWRAP, atts, scope, null));
            return;
        }
        if (uri.equals(MC) && local.equals("AlternateContent")) {
            frames.push(frame(Kind.ALTERNATE, atts, scope, null));
            return;
        }
        if (scope.drops(uri, understood)) {
            if (scope.processesContentOf(uri, local)) {
                frames.push(frame(Kind.UNWRAP, atts, scope, null));
            } else {
                skipping = 1;
            }
            return;
        }
        Frame f = frame(Kind.KEEP, atts, scope, childPath(qName));
        frames.push(f);
        next.startElement(uri, local, qName, kept(atts, f.scope));
    }

    @Override
    public void endElement(String uri, String local, String qName) throws SAXException {
        prefixes.endElement();
        if (silent) {
            return;
        }
        if (skipping > 0) {
            skipping--;
            return;
        }
        Frame f = frames.peek();
        if (f.kind == Kind.KEEP) {
            next.endElement(uri, local, qName);
        }
        frames.pop();
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (passing()) {
            next.characters(ch, start, length);
        }
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        if (passing()) {
            next.ignorableWhitespace(ch, start, length);
        }
    }

    @Override
    public void processingInstruction(String target, String data) throws SAXException {
        if (passing()) {
            next.processingInstruction(target, data);
        }
    }

    /** Decides on the root element: whether it is validated. */
    private boolean root(String uri, String local) {
        understood = new HashSet<>(standard);
        understood.add(uri);
        if (known.contains(uri)) {
            return true;
        }
        if (!freeForm) {
            problems.add("no bundled schema declares the root element {" + uri + "}" + local
                    + "; ISO/IEC 29500 and Word's extensions do not define this part");
        }
        return false;
    }

    /** A frame for an element with attributes {@code atts}, adding its own mc declarations to {@code scope}. */
    private Frame frame(Kind kind, Attributes atts, McScope scope, String path) {
        return new Frame(kind, scope.with(atts, prefixes, understood, problems), path);
    }

    /** The attributes that reach the validator: no mc attribute, none of an ignorable, not understood namespace. */
    private Attributes kept(Attributes atts, McScope scope) {
        AttributesImpl out = new AttributesImpl();
        for (int i = 0; i < atts.getLength(); i++) {
            String u = atts.getURI(i);
            if (u.equals(MC) || scope.drops(u, understood)) {
                continue;
            }
            out.addAttribute(u, atts.getLocalName(i), atts.getQName(i), atts.getType(i), atts.getValue(i));
        }
        return out;
    }

    /** The path of a new kept child {@code qName} of the innermost kept element. */
    private String childPath(String qName) {
        for (Frame f : frames) {
            if (f.kind == Kind.KEEP) {
                int n = f.children.merge(qName, 1, Integer::sum);
                return f.path + "/" + qName + "[" + n + "]";
            }
        }
        return "/" + qName;
    }

    /** Whether events reach the validator: outside dropped markup, and the root has a schema. */
    private boolean passing() {
        return skipping == 0 && !silent;
    }

    /** Where the parser is, for problems found here; null before parsing starts. */
    Locator locator() {
        return locator;
    }
}
