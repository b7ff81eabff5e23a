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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jixiao.format.NumberingStyle;
import org.jixiao.internal.json.JsonErrors;
import org.jixiao.internal.json.JsonInput;
import org.jixiao.internal.json.StrictJsonMapper;
import org.jixiao.json.MalformedReportException;

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
            throw new InvalidOutlineException(
                    "outline.malformed",
                    "大纲文件无法读取：" + e.messageZh(),
                    "The outline file cannot be read: " + e.messageEn());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (outline == null) {
            throw invalid("文件内容为 null", "the file holds null");
        }
        check(outline);
        return outline;
    }

    private static void check(Outline o) {
        if (o.id() == null || !ID.matcher(o.id()).matches()) {
            throw invalid(
                    "id 必须是小写字母、数字、点和连字符（如 guangdong-district），实为 " + o.id(),
                    "id must be lower-case letters, digits, dots and hyphens (e.g. guangdong-district), was " + o.id());
        }
        requireText(o.name(), "name", "名称");
        requireText(o.title(), "title", "标题");
        for (String label : o.numbering()) {
            if (label == null || NumberingStyle.byLabel(label).isEmpty()) {
                throw invalid(
                        "numbering 中的 " + label + " 不是可用的编号样式；可用：" + labels(),
                        "numbering label " + label + " is not a numbering style; use one of " + labels());
            }
        }
        if (o.sections().isEmpty()) {
            throw invalid("sections 为空：大纲至少要有一个章节", "sections is empty: an outline needs at least one section");
        }
        Set<String> ids = new HashSet<>();
        checkSections(o.sections(), "/sections", ids);
        if (o.attachmentListAfter() != null && !ids.contains(o.attachmentListAfter())) {
            throw invalid(
                    "attachmentListAfter 指向不存在的章节 " + o.attachmentListAfter(),
                    "attachmentListAfter names a section the outline lacks: " + o.attachmentListAfter());
        }
        if (new HashSet<>(o.attachments()).size() != o.attachments().size() || hasNull(o.attachments())) {
            throw invalid("attachments 中有重复或空的附件", "attachments lists an attachment twice, or null");
        }
        if (hasNull(o.cover())) {
            throw invalid("cover 中有空的封面行", "cover lists null");
        }
    }

    private static void checkSections(List<OutlineSection> sections, String path, Set<String> ids) {
        for (int i = 0; i < sections.size(); i++) {
            OutlineSection s = sections.get(i);
            String at = path + "/" + i;
            if (s == null) {
                throw invalid(at + " 为 null", at + " is null");
            }
            if (s.id() == null || !ID.matcher(s.id()).matches()) {
                throw invalid(
                        at + "/id 必须是小写字母、数字、点和连字符，实为 " + s.id(),
                        at + "/id must be lower-case letters, digits, dots and hyphens, was " + s.id());
            }
            if (!ids.add(s.id())) {
                throw invalid(
                        at + "/id 重复：" + s.id() + "，每个章节的 id 必须唯一",
                        at + "/id " + s.id() + " is used twice; ids must be unique");
            }
            if (s.heading() == null || s.heading().isBlank()) {
                throw invalid(
                        at + "/heading 为空：每个章节都要有标题（不含编号）",
                        at + "/heading is empty: every section needs a heading (without its number)");
            }
            if (hasNull(s.content())) {
                throw invalid(at + "/content 中有 null", at + "/content holds null");
            }
            checkSections(s.sections(), at + "/sections", ids);
        }
    }

    /** Whether the list holds null; {@code List.of().contains(null)} would throw instead. */
    private static boolean hasNull(List<?> list) {
        return list.stream().anyMatch(Objects::isNull);
    }

    private static void requireText(String value, String field, String fieldZh) {
        if (value == null || value.isBlank()) {
            throw invalid(field + "（" + fieldZh + "）为空", field + " is empty");
        }
    }

    private static String labels() {
        List<String> labels = new ArrayList<>();
        for (NumberingStyle s : NumberingStyle.values()) {
            labels.add(s.label());
        }
        return String.join(" ", labels);
    }

    private static InvalidOutlineException invalid(String zh, String en) {
        return new InvalidOutlineException(
                "outline.invalid", "大纲不可用：" + zh + "。", "The outline is invalid: " + en + ".");
    }
}
