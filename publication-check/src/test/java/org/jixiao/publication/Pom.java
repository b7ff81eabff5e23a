// SPDX-License-Identifier: Apache-2.0
package org.jixiao.publication;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * One POM file as written (no inheritance, no interpolation), read for the few elements the publication check
 * compares. Paths are element names below {@code <project>}, separated by {@code /}.
 */
record Pom(Path file, Element project) {

    static Pom read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, /* enabled= */ true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", /* disallow= */ true);
            return new Pom(file, factory.newDocumentBuilder().parse(in).getDocumentElement());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException(file + " is not a readable POM: " + e.getMessage(), e);
        }
    }

    /** The trimmed text of the first element at {@code path}, if there is one and it is not blank. */
    Optional<String> text(String path) {
        return element(path).map(e -> e.getTextContent().strip()).filter(s -> !s.isEmpty());
    }

    /** The element at {@code path} (first of its name at each step), if present. */
    Optional<Element> element(String path) {
        Element at = project;
        for (String name : path.split("/")) {
            List<Element> found = children(at, name);
            if (found.isEmpty()) {
                return Optional.empty();
            }
            at = found.get(0);
        }
        return Optional.of(at);
    }

    /** Every element called {@code name} directly under the element at {@code path}. */
    List<Element> all(String path, String name) {
        return element(path).map(e -> children(e, name)).orElse(List.of());
    }

    static String childText(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? "" : found.get(0).getTextContent().strip();
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                found.add(e);
            }
        }
        return found;
    }
}
