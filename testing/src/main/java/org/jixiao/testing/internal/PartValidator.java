// SPDX-License-Identifier: Apache-2.0
package org.jixiao.testing.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.validation.ValidatorHandler;
import org.jixiao.testing.SchemaProblem;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXNotRecognizedException;
import org.xml.sax.SAXNotSupportedException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

/**
 * Validates one XML part: parsed securely, markup compatibility applied ({@link Compatibility}),
 * then streamed through a validator of the bundled schemas. Every error is collected, up to
 * {@link #MAX_PROBLEMS}; a part that is not well-formed stops at its first fatal error. One per part.
 */
public final class PartValidator implements ErrorHandler {
    /** At most this many problems are listed per part; one more line says how many were left out. */
    static final int MAX_PROBLEMS = 100;

    private static final String LOCALE = "http://apache.org/xml/properties/locale";

    private final String part;
    private final List<SchemaProblem> problems = new ArrayList<>();
    private Compatibility compatibility;
    private int omitted;

    private PartValidator(String part) {
        this.part = part;
    }

    /**
     * The problems of part {@code part}, holding {@code xml}; empty when it is valid.
     *
     * @param freeForm whether the part is custom XML data, whose root may be in any namespace
     */
    public static List<SchemaProblem> validate(String part, byte[] xml, boolean freeForm) {
        PartValidator v = new PartValidator(part);
        v.run(xml, freeForm);
        return v.problems();
    }

    private void run(byte[] xml, boolean freeForm) {
        BundledSchemas schemas = BundledSchemas.get();
        ValidatorHandler validator = schemas.schema().newValidatorHandler();
        XMLReader reader = SecureSax.reader();
        try {
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        } catch (SAXNotRecognizedException | SAXNotSupportedException e) {
            throw new IllegalStateException("the JDK's validator lacks a security property: " + e.getMessage(), e);
        }
        validator.setResourceResolver((type, namespace, publicId, systemId, baseUri) -> {
            throw new IllegalStateException("a part asked for an external resource: " + systemId);
        });
        english(validator, reader);
        compatibility = new Compatibility(validator, schemas.standard(), schemas.all(), freeForm, m -> {
            Locator at = compatibility.locator();
            add(at == null ? 0 : at.getLineNumber(), at == null ? 0 : at.getColumnNumber(), compatibility.path(), m);
        });
        validator.setErrorHandler(this);
        reader.setErrorHandler(this);
        reader.setContentHandler(compatibility);
        try {
            reader.parse(new InputSource(new ByteArrayInputStream(xml)));
        } catch (SAXParseException e) {
            // reported through fatalError already
        } catch (SAXException e) {
            add(0, 0, compatibility.path(), e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Messages in English whatever the default locale, so they read the same on every machine. */
    private static void english(ValidatorHandler validator, XMLReader reader) {
        try {
            validator.setProperty(LOCALE, Locale.ENGLISH);
            reader.setProperty(LOCALE, Locale.ENGLISH);
        } catch (SAXNotRecognizedException | SAXNotSupportedException e) {
            // a JDK without the property: messages in its default locale
        }
    }

    private List<SchemaProblem> problems() {
        if (omitted > 0) {
            problems.add(new SchemaProblem(part, 0, 0, "", omitted + " more problems not listed"));
        }
        return problems;
    }

    private void add(int line, int column, String element, String message) {
        if (problems.size() >= MAX_PROBLEMS) {
            omitted++;
            return;
        }
        problems.add(new SchemaProblem(part, line, column, element, message));
    }

    private void add(SAXParseException e) {
        add(e.getLineNumber(), e.getColumnNumber(), compatibility.path(), compatibility.readable(e.getMessage()));
    }

    @Override
    public void warning(SAXParseException e) {
        // warnings are not failures; the schemas produce none for valid documents
    }

    @Override
    public void error(SAXParseException e) {
        add(e);
    }

    @Override
    public void fatalError(SAXParseException e) throws SAXException {
        add(e);
        throw e;
    }
}
