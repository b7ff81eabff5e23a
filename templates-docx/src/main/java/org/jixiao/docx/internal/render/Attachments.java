// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * What one render adds to the package besides its templated parts: media parts for pictures and
 * relationships from the templated parts to them and to hyperlink addresses. Names and ids are
 * numbered in output order, so equal renders add equal entries. One per render.
 */
public final class Attachments {
    static final String IMAGE_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image";
    static final String HYPERLINK_TYPE =
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink";
    private static final String MEDIA_NAME = "media/jixiao-image";

    /** A media part: its package name, bytes and content type. */
    public record Media(String name, byte[] bytes, String extension, String contentType) {}

    /**
     * A relationship from a templated part.
     *
     * @param target the media part relative to the part's folder, or the external address
     */
    public record Relationship(String id, String type, String target, boolean external) {}

    private final Predicate<String> taken;
    private final List<Media> media = new ArrayList<>();
    private final Map<String, List<Relationship>> relationships = new LinkedHashMap<>();
    private int mediaNo;

    /** @param taken whether the template already has an entry of that name (compared without case) */
    public Attachments(Predicate<String> taken) {
        this.taken = taken;
    }

    public boolean isEmpty() {
        return relationships.isEmpty();
    }

    /** The media parts added, in order. */
    public List<Media> media() {
        return media;
    }

    /** The relationships added, by the name of the part they are from; parts in render order. */
    public Map<String, List<Relationship>> relationships() {
        return relationships;
    }

    /** Adds a picture for {@code part}; returns the id of its relationship. */
    String picture(String part, String relIdPrefix, byte[] bytes, PictureFormat f) {
        String folder = part.substring(0, part.lastIndexOf('/') + 1);
        String target;
        do {
            target = MEDIA_NAME + ++mediaNo + "." + f.extension();
        } while (taken.test(folder + target));
        media.add(new Media(folder + target, bytes, f.extension(), f.contentType()));
        return add(part, relIdPrefix, IMAGE_TYPE, target, false);
    }

    /** Adds a relationship from {@code part} to an external {@code url}; returns its id. */
    String hyperlink(String part, String relIdPrefix, String url) {
        return add(part, relIdPrefix, HYPERLINK_TYPE, url, true);
    }

    private String add(String part, String prefix, String type, String target, boolean external) {
        List<Relationship> l = relationships.computeIfAbsent(part, k -> new ArrayList<>());
        String id = prefix + (l.size() + 1);
        l.add(new Relationship(id, type, target, external));
        return id;
    }
}
