// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.xml;

import java.util.Map;

/**
 * OOXML namespace URIs, the engine's one list. Strict (ISO 29500) URIs are mapped to their
 * transitional twins ({@link #canonical}) by every reader — the pre-flight's stream and the tree
 * ({@code TreeReader}) alike — so code only ever compares against the constants below.
 */
public final class Ns {
    public static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    public static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    public static final String WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
    public static final String A = "http://schemas.openxmlformats.org/drawingml/2006/main";
    public static final String M = "http://schemas.openxmlformats.org/officeDocument/2006/math";
    public static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";
    public static final String O = "urn:schemas-microsoft-com:office:office";
    public static final String PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
    public static final String CT = "http://schemas.openxmlformats.org/package/2006/content-types";
    public static final String W14 = "http://schemas.microsoft.com/office/word/2010/wordml";
    public static final String XML = "http://www.w3.org/XML/1998/namespace";

    private static final Map<String, String> STRICT = Map.of(
            "http://purl.oclc.org/ooxml/wordprocessingml/main", W,
            "http://purl.oclc.org/ooxml/officeDocument/relationships", R,
            "http://purl.oclc.org/ooxml/drawingml/wordprocessingDrawing", WP,
            "http://purl.oclc.org/ooxml/drawingml/main", A,
            "http://purl.oclc.org/ooxml/officeDocument/math", M);

    private Ns() {}

    /** The transitional URI for a strict one; any other URI (or null, as "") unchanged. */
    public static String canonical(String uri) {
        if (uri == null) {
            return "";
        }
        return STRICT.getOrDefault(uri, uri);
    }

    /**
     * The last segment of a type URI, e.g. {@code header} for
     * {@code http://schemas.openxmlformats.org/officeDocument/2006/relationships/header} (transitional
     * and strict alike); "" for null.
     */
    public static String shortRelType(String type) {
        if (type == null) {
            return "";
        }
        int slash = type.lastIndexOf('/');
        return slash < 0 ? type : type.substring(slash + 1);
    }
}
