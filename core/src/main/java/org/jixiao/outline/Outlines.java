// SPDX-License-Identifier: Apache-2.0
package org.jixiao.outline;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jixiao.Lang;
import org.jixiao.format.NumberingStyle;
import org.jixiao.internal.json.JsonErrors;
import org.jixiao.internal.json.JsonInput;
import org.jixiao.internal.json.StrictJsonMapper;
import org.jixiao.internal.message.Catalogue;
import org.jixiao.internal.validation.DisplayText;
import org.jixiao.json.MalformedReportException;
import org.jixiao.validation.Problem;
import org.jixiao.validation.Severity;

/**
 * The outlines a report can name: jixiao's own ({@link #builtIn()}) plus any an administrator adds
 * from a JSON file ({@link #with(Outline)}, {@link #read(InputStream)}). Immutable and thread-safe.
 *
 * <pre>
 * Outlines outlines = Outlines.builtIn().with(Outlines.read(in));
 * Outline outline = outlines.forReport(report.outline());
 * </pre>
 *
 * @since 0.2.0
 */
public final class Outlines {
    /** The messages of an unusable outline file ({@code org/jixiao/outline/Messages*.properties}). */
    private static final Catalogue MESSAGES = Catalogue.of("org.jixiao.outline.Messages", Outlines.class);

    /** The outline of a report that names none: the Guangdong district and county outline. */
    public static final String DEFAULT_ID = "guangdong-district";

    private static final List<String> BUILT_IN_IDS = List.of(DEFAULT_ID, "hubei-short", "national-common");
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9.-]{0,63}");
    /**
     * The strict reader, except that an absent yes/no is allowed: in an outline it means no
     * ({@link Outline#standardOpening()}, {@link OutlineSection#required()}).
     */
    private static final JsonMapper MAPPER = StrictJsonMapper.create()
            .rebuild()
            .withConfigOverride(Boolean.class, o -> o.setSetterInfo(JsonSetter.Value.empty()))
            .build();

    private static final class BuiltIn {
        static final Outlines INSTANCE = load();

        private static Outlines load() {
            Map<String, Outline> map = new LinkedHashMap<>();
            for (String id : BUILT_IN_IDS) {
                String resource = "/org/jixiao/outline/" + id + ".json";
                try (InputStream in = Outlines.class.getResourceAsStream(resource)) {
                    if (in == null) {
                        throw new IllegalStateException("missing resource " + resource);
                    }
                    map.put(id, read(in));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return new Outlines(map);
        }
    }

    private final Map<String, Outline> byId;

    private Outlines(Map<String, Outline> byId) {
        this.byId = byId;
    }

    /** The outlines jixiao ships, the default ({@value #DEFAULT_ID}) first. */
    public static Outlines builtIn() {
        return BuiltIn.INSTANCE;
    }

    /**
     * These outlines plus {@code outline}, which replaces one with the same id. The outline is checked
     * as {@link #read(InputStream)} checks a file, so one built in code cannot break validation.
     *
     * @throws InvalidOutlineException when the outline is inconsistent
     */
    public Outlines with(Outline outline) {
        Objects.requireNonNull(outline, "outline");
        check(outline);
        Map<String, Outline> map = new LinkedHashMap<>(byId);
        map.put(outline.id(), outline);
        return new Outlines(map);
    }

    /** Every outline, in the order they were added. */
    public List<Outline> all() {
        return List.copyOf(byId.values());
    }

    /** The outline with this id, if there is one. */
    public Optional<Outline> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * The outline a report names; {@value #DEFAULT_ID} when it names none (null).
     *
     * @throws IllegalArgumentException when there is no outline with that id (validation reports it
     *     first, as {@code outline.unknown})
     */
    public Outline forReport(String outlineId) {
        String id = outlineId == null ? DEFAULT_ID : outlineId;
        Outline outline = byId.get(id);
        if (outline == null) {
            throw new IllegalArgumentException("no outline " + id + "; known: " + byId.keySet());
        }
        return outline;
    }

    /**
     * Reads and checks an outline from UTF-8 JSON (at most 20 000 000 bytes; the stream is not closed).
     *
     * @throws InvalidOutlineException when the file is not an outline or is inconsistent
     */
    public static Outline read(InputStream in) {
        Objects.requireNonNull(in, "in");
        Outline outline;
        try {
            String text = JsonInput.checkText(JsonInput.readUtf8(in));
            try (JsonParser p = MAPPER.createParser(text)) {
                try {
                    outline = MAPPER.readValue(p, Outline.class);
                } catch (JacksonException e) {
                    throw JsonErrors.translate(e, p, text, MAPPER.getFactory());
                }
            }
        } catch (MalformedReportException e) {
            Problem cause = e.problems().get(0);
            throw new InvalidOutlineException(new Problem(
                    Severity.ERROR,
                    "outline.malformed",
                    cause.path(),
                    null,
                    cause.value(),
                    null,
                    MESSAGES.format("outline.malformed", Map.of("reason", e.messageZh()), Lang.ZH),
                    MESSAGES.format("outline.malformed", Map.of("reason", e.messageEn()), Lang.EN)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (outline == null) {
            throw invalid("invalid.null-file", "", null);
        }
        check(outline);
        return outline;
    }

    private static void check(Outline o) {
        if (o.id() == null || !ID.matcher(o.id()).matches()) {
            throw invalid("invalid.id", "/id", o.id());
        }
        if (o.name() == null || o.name().isBlank()) {
            throw invalid("invalid.name-empty", "/name", o.name());
        }
        if (o.title() == null || o.title().isBlank()) {
            throw invalid("invalid.title-empty", "/title", o.title());
        }
        for (int i = 0; i < o.numbering().size(); i++) {
            String label = o.numbering().get(i);
            if (label == null || NumberingStyle.byLabel(label).isEmpty()) {
                throw invalid("invalid.numbering", "/numbering/" + i, label);
            }
        }
        if (o.sections().isEmpty()) {
            throw invalid("invalid.no-sections", "/sections", null);
        }
        Set<String> ids = new HashSet<>();
        checkSections(o.sections(), "/sections", ids);
        if (o.attachmentListAfter() != null && !ids.contains(o.attachmentListAfter())) {
            throw invalid("invalid.attachment-list-after", "/attachmentListAfter", o.attachmentListAfter());
        }
        if (new HashSet<>(o.attachments()).size() != o.attachments().size() || hasNull(o.attachments())) {
            throw invalid("invalid.attachments", "/attachments", null);
        }
        if (hasNull(o.cover())) {
            throw invalid("invalid.cover", "/cover", null);
        }
    }

    private static void checkSections(List<OutlineSection> sections, String path, Set<String> ids) {
        for (int i = 0; i < sections.size(); i++) {
            OutlineSection s = sections.get(i);
            String at = path + "/" + i;
            if (s == null) {
                throw invalid("invalid.section-null", at, null);
            }
            if (s.id() == null || !ID.matcher(s.id()).matches()) {
                throw invalid("invalid.section-id", at + "/id", s.id());
            }
            if (!ids.add(s.id())) {
                throw invalid("invalid.section-id-twice", at + "/id", s.id());
            }
            if (s.heading() == null || s.heading().isBlank()) {
                throw invalid("invalid.heading", at + "/heading", s.heading());
            }
            if (hasNull(s.content())) {
                throw invalid("invalid.content-null", at + "/content", null);
            }
            checkSections(s.sections(), at + "/sections", ids);
        }
    }

    /** Whether the list holds null; {@code List.of().contains(null)} would throw instead. */
    private static boolean hasNull(List<?> list) {
        return list.stream().anyMatch(Objects::isNull);
    }

    private static String labels() {
        List<String> labels = new ArrayList<>();
        for (NumberingStyle s : NumberingStyle.values()) {
            labels.add(s.label());
        }
        return String.join(" ", labels);
    }

    /**
     * The exception for an inconsistent outline: code {@code outline.invalid}, the reason {@code key} of the
     * outline bundle framed by {@code outline.invalid}.
     *
     * @param path the JSON Pointer of the offending value in the outline file
     * @param value the offending value, or null; shown as display text
     */
    private static InvalidOutlineException invalid(String key, String path, Object value) {
        String shown = value == null ? "null" : DisplayText.value(value);
        Map<String, Object> params = new HashMap<>();
        params.put("path", path);
        params.put("value", shown);
        params.put("labels", labels());
        return new InvalidOutlineException(new Problem(
                Severity.ERROR,
                "outline.invalid",
                path,
                null,
                value == null ? null : shown,
                null,
                reason(key, params, Lang.ZH),
                reason(key, params, Lang.EN)));
    }

    private static String reason(String key, Map<String, Object> params, Lang lang) {
        return MESSAGES.format("outline.invalid", Map.of("reason", MESSAGES.format(key, params, lang)), lang);
    }
}
