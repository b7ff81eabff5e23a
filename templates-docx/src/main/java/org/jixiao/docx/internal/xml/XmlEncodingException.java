// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.xml;

import javax.xml.stream.XMLStreamException;
import org.jixiao.Lang;
import org.jixiao.docx.internal.plan.TemplateProblems;

/**
 * A part's bytes are not in an encoding OPC allows, or do not decode ({@link XmlEncoding}). Carries what was
 * found as a message of the engine's bundle, e.g. {@code UTF-32BE} or {@code template.xml.encoding.no-bom}
 * with {@code UTF-16LE}.
 */
public final class XmlEncodingException extends XMLStreamException {
    private static final long serialVersionUID = 1L;

    private final String key;
    private final transient Object[] args;

    /** What was found: an encoding's name, as such. */
    XmlEncodingException(String encoding) {
        this("template.xml.encoding.name", encoding);
    }

    /** What was found: the message under {@code key} of the engine's bundle, with {@code args}. */
    XmlEncodingException(String key, Object... args) {
        super("not UTF-8 or UTF-16 with a byte-order mark: " + TemplateProblems.message(key, Lang.EN, args));
        this.key = key;
        this.args = args.clone();
    }

    /** The key of what was found in the engine's bundle. */
    public String key() {
        return key;
    }

    /** The arguments of {@link #key()}. */
    public Object[] args() {
        return args.clone();
    }
}
