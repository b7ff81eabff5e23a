// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.render;

import org.jixiao.Lang;
import org.jixiao.docx.internal.plan.Loc;
import org.jixiao.docx.internal.plan.TemplateProblems;
import org.jixiao.internal.validation.JsonPointer;
import org.jixiao.validation.Problem;

/**
 * Codes of the problems a render finds in its data; each one's message is under its code in the engine's
 * bundle ({@code org/jixiao/docx/internal/Messages.properties}), {@code {0}} the first argument.
 */
enum DataCode {
    MISSING("data.value.missing"),
    WRONG_TYPE("data.value.wrong-type"),
    NOT_TEXT("data.value.not-text"),
    NOT_A_LIST("data.loop.not-a-list"),
    FLOATING_POINT("data.type.floating-point"),
    UNSUPPORTED("data.type.unsupported"),
    KEY_NOT_STRING("data.type.key-not-string"),
    ILLEGAL_CHARACTER("data.text.illegal-character"),
    TOO_DEEP("data.tree.too-deep"),
    LOOP_DEPTH("data.limit.loop-depth"),
    ITERATIONS("data.limit.iterations"),
    OUTPUT_SIZE("data.limit.output-size"),
    FORMAT_FAILED("data.value.format-failed"),
    IMAGE_UNSUPPORTED("data.image.unsupported"),
    LINK_REFUSED("data.link.refused"),
    TOO_MANY("data.problems.truncated");

    private final String id;

    DataCode(String id) {
        this.id = id;
    }

    /**
     * A problem; each argument is a value or a {@link org.jixiao.internal.message.Catalogue.Worded} (a
     * {@link TemplateProblems#term}).
     *
     * @param path the data path as messages show it, e.g. {@code projects[2].name} ({@code $} or
     *     {@code .} for the whole); the problem's path is its JSON Pointer, {@code /projects/2/name}
     */
    Problem at(String path, Loc loc, Object... args) {
        return atPointer(pointer(path), loc, args);
    }

    /** A problem at the JSON Pointer {@code pointer}; arguments as for {@link #at}. */
    Problem atPointer(String pointer, Loc loc, Object... args) {
        return TemplateProblems.data(
                id,
                pointer,
                loc,
                TemplateProblems.message(id, Lang.ZH, args),
                TemplateProblems.message(id, Lang.EN, args));
    }

    /**
     * {@code projects[2].name} → {@code /projects/2/name}. The names are the template's placeholder
     * names, which hold no {@code .}, {@code [} or {@code /}; a path built from the data's own keys is
     * made with {@link #atPointer}.
     */
    static String pointer(String path) {
        if (path.equals("$") || path.equals(".")) {
            return "";
        }
        StringBuilder pointer = new StringBuilder();
        for (String segment : path.replace("[", ".").replace("]", "").split("\\.")) {
            if (!segment.isEmpty()) {
                JsonPointer.append(pointer, segment);
            }
        }
        return pointer.toString();
    }
}
