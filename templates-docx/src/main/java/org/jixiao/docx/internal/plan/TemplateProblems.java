// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.plan;

import java.util.HashMap;
import java.util.Map;
import org.jixiao.Lang;
import org.jixiao.internal.message.Catalogue;
import org.jixiao.validation.Problem;
import org.jixiao.validation.Severity;

/**
 * Makes the {@link Problem}s of a template — found by pre-flight, the compiler or the lint — and of a
 * render's data: the engine's one way to build a problem, whatever found it.
 */
public final class TemplateProblems {
    /** The engine's messages: {@code org/jixiao/docx/internal/Messages.properties} and {@code _zh_CN}. */
    private static final Catalogue MESSAGES = Catalogue.of("org.jixiao.docx.internal.Messages", TemplateProblems.class);

    /** Used as the part when a problem concerns the whole package. */
    public static final String PACKAGE = "(package)";

    private TemplateProblems() {}

    /**
     * The engine's message under {@code key} in {@code lang}, {@code args} in its {@code {0}}, {@code {1}}, …; an
     * argument that is {@link Catalogue.Worded} (a {@link #term}) is worded in {@code lang}.
     *
     * @throws java.util.MissingResourceException for a key without a message: a bug the tests catch
     */
    public static String message(String key, Lang lang, Object... args) {
        Map<String, Object> params = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            params.put(Integer.toString(i), args[i]);
        }
        return MESSAGES.format(key, params, lang);
    }

    /** The engine's message under {@code key} as an argument of another: worded in that message's language. */
    public static Catalogue.Worded term(String key, Object... args) {
        return lang -> message(key, lang, args);
    }

    /**
     * An error in a template, its message under {@code key} in the engine's bundle: the code, or the code and a
     * variant ({@code template.zip.not-a-zip.legacy}), {@code args} as for {@link #message}.
     *
     * @param part the package part, e.g. {@code word/document.xml}; {@value #PACKAGE} for the package
     * @param location where in the part, e.g. {@code paragraph 12}; empty for the whole part
     * @param snippet the template text around the problem, empty when there is none
     */
    public static Problem error(String code, String key, String part, String location, String snippet, Object... args) {
        return of(Severity.ERROR, code, key, part, location, snippet, args);
    }

    /** A problem in a template that does not stop it from being used; arguments as for {@link #error}. */
    public static Problem warning(
            String code, String key, String part, String location, String snippet, Object... args) {
        return of(Severity.WARNING, code, key, part, location, snippet, args);
    }

    private static Problem of(
            Severity severity, String code, String key, String part, String location, String snippet, Object... args) {
        return new Problem(
                severity,
                code,
                "",
                new Problem.TemplateLocation(part, location),
                snippet.isEmpty() ? null : snippet,
                null,
                message(key, Lang.ZH, args),
                message(key, Lang.EN, args));
    }

    /**
     * An error in a render's data.
     *
     * @param pointer where in the data, a JSON Pointer into the map tree ({@code ""} for the whole)
     * @param loc the template place that needed the value, or null when found before rendering
     */
    public static Problem data(String code, String pointer, Loc loc, String messageZh, String messageEn) {
        return new Problem(
                Severity.ERROR,
                code,
                pointer,
                loc == null ? null : new Problem.TemplateLocation(loc.part(), loc.location()),
                null,
                null,
                messageZh,
                messageEn);
    }
}
