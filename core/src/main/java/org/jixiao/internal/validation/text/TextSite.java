// SPDX-License-Identifier: Apache-2.0
package org.jixiao.internal.validation.text;

import org.jixiao.internal.validation.JsonPointer;

/**
 * One string of a report and where it is.
 *
 * @param location where the string is
 * @param text the string as given
 * @param kind what the string is, which decides the rules that look at its start
 */
record TextSite(Location location, String text, Kind kind) {

    /** The JSON Pointer of the string, built anew on each call: ask only when reporting a finding. */
    String path() {
        return location.pointer();
    }

    /** What a string is in the document. */
    enum Kind {
        /**
         * An item's title ({@code Item.title}, {@code PerformanceGoal.title}, {@code Improvement.measure}):
         * numbered by the engine.
         */
        TITLE,
        /** An element of a list of strings: a paragraph, numbered or not by the engine. */
        PARAGRAPH,
        /**
         * A cell of a table of the unit's own ({@code Table.header}, {@code Table.rows}): printed as
         * given, never numbered by the engine, and may repeat from row to row.
         */
        CELL,
        /** Any other string: a name, a title of a notice, a note. */
        FIELD
    }

    /**
     * A place in a report: a record component ({@code name}) or a list element ({@code index}, when
     * {@code name} is null) below its parent; {@link #ROOT} is the report. The walker makes one per
     * component and element; the pointer string is only made for the few that have a finding.
     */
    record Location(Location parent, String name, int index) {
        static final Location ROOT = new Location(null, null, -1);

        Location child(String component) {
            return new Location(this, component, -1);
        }

        Location child(int element) {
            return new Location(this, null, element);
        }

        /** The JSON Pointer, {@code ""} for the root. */
        String pointer() {
            return appendTo(new StringBuilder()).toString();
        }

        private StringBuilder appendTo(StringBuilder pointer) {
            if (parent == null) {
                return pointer;
            }
            parent.appendTo(pointer);
            return name != null
                    ? JsonPointer.append(pointer, name)
                    : pointer.append('/').append(index);
        }

        /** The name of the report's component this place is in or is; null for the root. */
        String topName() {
            Location top = this;
            while (top.parent != null && top.parent.parent != null) {
                top = top.parent;
            }
            return top.name;
        }
    }
}
