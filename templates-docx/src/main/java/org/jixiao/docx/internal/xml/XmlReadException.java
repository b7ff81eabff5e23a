// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.xml;

/** A part could not be read as safe XML; {@link #kind()} says why, line and column where (0 if unknown). */
public final class XmlReadException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Why a part was refused. */
    public enum Kind {
        /** The part has a {@code <!DOCTYPE}: refused before any entity is declared or expanded. */
        DOCTYPE,
        /** Not well-formed XML. */
        MALFORMED,
        /** Elements nested deeper than the caller's limit. */
        TOO_DEEP,
        /** Not UTF-8 or UTF-16 with a byte-order mark ({@link XmlEncoding}); the cause says what was found. */
        ENCODING
    }

    private final Kind kind;
    private final int line;
    private final int column;

    public XmlReadException(Kind kind, int line, int column, Throwable cause) {
        super(kind + " at " + line + ":" + column, cause);
        this.kind = kind;
        this.line = line;
        this.column = column;
    }

    /** An {@link Kind#ENCODING} refusal. */
    public static XmlReadException of(XmlEncodingException e) {
        return new XmlReadException(Kind.ENCODING, 0, 0, e);
    }

    public Kind kind() {
        return kind;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    /** {@code line L, column C}, or "" when the parser gave no position. */
    public String where() {
        return line > 0 ? "line " + line + ", column " + column : "";
    }
}
