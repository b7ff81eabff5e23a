// SPDX-License-Identifier: Apache-2.0
package org.jixiao.spring;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.jixiao.Lang;
import org.jixiao.docx.DocxTemplate;
import org.jixiao.docx.TemplateException;
import org.jixiao.report.docx.Reports;
import org.jixiao.spring.internal.StarterMessages;
import org.jixiao.validation.Problem;
import org.jixiao.validation.Severity;

/**
 * The templates an application's users uploaded, by name: each is checked and compiled once, when it is
 * registered, and rendered as often as needed. Held in memory only. Thread-safe.
 *
 * <p>{@link #register} compiles the .docx and lints it against the data every report is rendered with
 * ({@link Reports#dataSchema()}: the report plus the figures and sentences jixiao computes), so a template
 * that places a field the data does not have is rejected on upload, not when the first report meets it.
 *
 * @since 0.2.0
 */
public final class TemplateRegistry {
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}._-]{1,64}");

    private final int maxCount;
    private final Map<String, DocxTemplate> templates = new ConcurrentHashMap<>();

    /**
     * An empty registry.
     *
     * @param maxCount how many templates it holds at most (at least 1)
     */
    public TemplateRegistry(int maxCount) {
        if (maxCount < 1) {
            throw new IllegalArgumentException("maxCount must be at least 1, was " + maxCount);
        }
        this.maxCount = maxCount;
    }

    /**
     * Compiles and lints {@code docx} and registers it under {@code name}, replacing any template of that
     * name. A rejected template leaves the registry as it was.
     *
     * @param name 1 to 64 letters (any script), digits, {@code .}, {@code _} or {@code -}
     * @param docx the template's .docx bytes (at most 20 MiB)
     * @return the lint's warnings (a required field the template never places); empty when there are none
     * @throws TemplateException listing every error: a name that breaks the rule above
     *     ({@code registry.invalid-name}), a full registry ({@code registry.full}), a package that is unsafe
     *     or does not compile, or fields the data does not have
     */
    public List<Problem> register(String name, byte[] docx) {
        Objects.requireNonNull(docx, "docx");
        checkName(name);
        checkRoom(name); // before the compile too: a full registry answers at once
        DocxTemplate template = DocxTemplate.compile(new ByteArrayInputStream(docx));
        List<Problem> errors = new ArrayList<>();
        List<Problem> warnings = new ArrayList<>();
        for (Problem problem : template.lint(Reports.dataSchema())) {
            (problem.severity() == Severity.WARNING ? warnings : errors).add(problem);
        }
        if (!errors.isEmpty()) {
            throw new TemplateException(errors);
        }
        synchronized (templates) {
            checkRoom(name);
            templates.put(name, template);
        }
        return List.copyOf(warnings);
    }

    private void checkRoom(String name) {
        if (!templates.containsKey(name) && templates.size() >= maxCount) {
            throw rejected("registry.full", name, Map.of("max", maxCount));
        }
    }

    /** The template registered under {@code name}, if there is one. */
    public Optional<DocxTemplate> get(String name) {
        return Optional.ofNullable(templates.get(Objects.requireNonNull(name, "name")));
    }

    /** The names of the registered templates, in {@link String} order; a snapshot. */
    public SortedSet<String> names() {
        return new TreeSet<>(templates.keySet());
    }

    /** Removes the template registered under {@code name}; whether there was one. */
    public boolean remove(String name) {
        return templates.remove(Objects.requireNonNull(name, "name")) != null;
    }

    private static void checkName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw rejected("registry.invalid-name", name == null ? "" : name, Map.of());
        }
    }

    private static TemplateException rejected(String code, String name, Map<String, ?> params) {
        // the name goes back to the client: abbreviated and escaped, as every problem's value is
        return new TemplateException(List.of(Problem.of(
                Severity.ERROR,
                code,
                "",
                name.isEmpty() ? null : name,
                StarterMessages.format(code, params, Lang.ZH),
                StarterMessages.format(code, params, Lang.EN))));
    }
}
