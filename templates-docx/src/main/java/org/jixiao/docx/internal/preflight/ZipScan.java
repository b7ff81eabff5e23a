// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.preflight;

import java.util.List;
import java.util.Optional;
import org.jixiao.validation.Problem;

/**
 * What {@link BoundedZipReader} found.
 *
 * @param parts entries read, in stream order, duplicates included
 * @param problems ZIP-level problems; when {@code complete} is false reading stopped at the last one
 * @param complete true when every entry was read
 */
public record ZipScan(List<ZipPart> parts, List<Problem> problems, boolean complete) {

    public ZipScan {
        parts = List.copyOf(parts);
        problems = List.copyOf(problems);
    }

    /** The first entry with this name, compared without regard to case (OPC part names are case-insensitive). */
    public Optional<ZipPart> part(String name) {
        String key = EntryNames.key(name);
        return parts.stream().filter(p -> EntryNames.key(p.name()).equals(key)).findFirst();
    }
}
