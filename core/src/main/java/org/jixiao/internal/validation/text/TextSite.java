// SPDX-License-Identifier: Apache-2.0
package org.jixiao.internal.validation.text;

/**
 * One string of a report and where it is.
 *
 * @param path the JSON Pointer of the string
 * @param text the string as given
 * @param kind what the string is, which decides the rules that look at its start
 */
record TextSite(String path, String text, Kind kind) {

    /** What a string is in the document. */
    enum Kind {
        /**
         * An item's title ({@code Item.title}, {@code PerformanceGoal.title}, {@code Improvement.measure}):
         * numbered by the engine.
         */
        TITLE,
        /** An element of a list of strings: a paragraph, numbered or not by the engine. */
        PARAGRAPH,
        /** Any other string: a name, a title of a notice, a note. */
        FIELD
    }
}
