// SPDX-License-Identifier: Apache-2.0
package org.jixiao.testing.docx.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.docx.internal.load.Relationship;

/** The relationships of one source part, by id. */
final class Rels {
    private final Map<String, Relationship> byId = new LinkedHashMap<>();

    static Rels of(PartSet parts, String source) {
        Rels rels = new Rels();
        for (Relationship r : parts.relationships(source)) {
            rels.byId.put(r.id(), r);
        }
        return rels;
    }

    /** The target shown for {@code id}: a part name, an external URL, or {@code id?} when unknown. */
    String target(String id) {
        Relationship r = id == null ? null : byId.get(id);
        return r == null ? id + "?" : r.target();
    }

    List<Relationship> ofType(String type) {
        return byId.values().stream().filter(r -> r.isInternal(type)).toList();
    }
}
