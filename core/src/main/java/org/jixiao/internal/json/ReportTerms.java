// SPDX-License-Identifier: Apache-2.0
package org.jixiao.internal.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.jixiao.Lang;
import org.jixiao.internal.validation.DisplayText;
import org.jixiao.report.Report;

/**
 * The official Chinese term of each JSON property, from {@code org/jixiao/json/schema-terms.properties}
 * (UTF-8; key {@code RecordSimpleName.component}, {@code EnumSimpleName.CONSTANT} or
 * {@code RecordSimpleName}). The same file titles the JSON Schema ({@code ReportSchemaTest} keeps the
 * shipped schema equal to it) and names fields in every message: it is the one source of field titles.
 */
public final class ReportTerms {
    /** Classpath location of the terms. */
    public static final String RESOURCE = "/org/jixiao/json/schema-terms.properties";

    private static final Properties TERMS = load();

    private ReportTerms() {}

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = ReportTerms.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                p.load(r);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    /** The Chinese title for a key, or null when there is none. */
    public static String title(String key) {
        return TERMS.getProperty(key);
    }

    /** The optional description for a key ({@code key.description}), or null. */
    public static String description(String key) {
        return TERMS.getProperty(key + ".description");
    }

    /**
     * The Chinese title of the property a JSON Pointer into a report ends at, e.g. {@code 填报日期} for
     * {@code /cover/fillingDate}; null for the root, unknown properties and paths outside the model.
     */
    public static String titleOfPath(String pointer) {
        if (pointer.isEmpty()) {
            return null;
        }
        Type type = Report.class;
        String title = null;
        Integer index = null;
        for (String raw : pointer.substring(1).split("/", -1)) {
            String segment = raw.replace("~1", "/").replace("~0", "~");
            if (type instanceof ParameterizedType pt && pt.getRawType() == List.class) {
                if (!isIndex(segment)) {
                    return null;
                }
                index = Integer.parseInt(segment);
                type = pt.getActualTypeArguments()[0];
                continue;
            }
            if (!(type instanceof Class<?> c) || !c.isRecord()) {
                return null;
            }
            Component component = component(c, segment);
            if (component == null) {
                return null;
            }
            title = component.title();
            index = null;
            type = component.type();
        }
        if (title != null && index != null) {
            return title + "第 " + (index + 1) + " 项";
        }
        return title;
    }

    /**
     * How messages name the field a JSON Pointer into a report ends at: the titles of the properties on
     * the way, joined with {@code " · "}, a list element numbered from 1 — {@code 自评工作开展情况 · 评价小组
     * · 组长 · 姓名} for {@code /selfEvaluation/team/leader/name}, {@code 部门整体支出绩效目标第 2 项} for
     * {@code /goals/1}, {@code 章节正文“other-matters” · 段落第 1 项} for a key of a map (shown as
     * {@link DisplayText#value} shows it). English has no titles of its own: it spells the JSON names as words
     * ({@code self evaluation · team · leader · name}, {@code goals item 2}), the glossary's English.
     * {@code 报告}/{@code the report} for the root; null for a path outside the model.
     */
    public static String field(String pointer, Lang lang) {
        boolean en = lang == Lang.EN;
        if (pointer.isEmpty()) {
            return en ? "the report" : "报告";
        }
        Type type = Report.class;
        List<String> chain = new ArrayList<>();
        for (String raw : pointer.substring(1).split("/", -1)) {
            String segment = raw.replace("~1", "/").replace("~0", "~");
            if (type instanceof ParameterizedType pt && pt.getRawType() == List.class) {
                if (!isIndex(segment) || chain.isEmpty()) {
                    return null;
                }
                int number = Integer.parseInt(segment) + 1;
                int last = chain.size() - 1;
                chain.set(last, chain.get(last) + (en ? " item " + number : "第 " + number + " 项"));
                type = pt.getActualTypeArguments()[0];
                continue;
            }
            if (type instanceof ParameterizedType pt && pt.getRawType() == Map.class && !chain.isEmpty()) {
                // a key is an id from the report (a section id): shown as display text, never interpreted
                int last = chain.size() - 1;
                String key = DisplayText.value(segment);
                chain.set(last, chain.get(last) + (en ? " \"" + key + "\"" : "“" + key + "”"));
                type = pt.getActualTypeArguments()[1];
                continue;
            }
            if (!(type instanceof Class<?> c) || !c.isRecord()) {
                return null;
            }
            Component component = component(c, segment);
            if (component == null || component.title() == null) {
                return null;
            }
            chain.add(en ? component.words() : component.title());
            type = component.type();
        }
        return String.join(" · ", chain);
    }

    /** {@code selfEvaluation} → {@code self evaluation}. */
    private static String words(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }

    /** Whether a pointer segment is a list index: one to nine ASCII digits. */
    private static boolean isIndex(String segment) {
        if (segment.isEmpty() || segment.length() > 9) {
            return false;
        }
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * A record component as paths name it: its title (null when the terms have none), its name as
     * English words and its generic type.
     */
    private record Component(String title, String words, Type type) {}

    /**
     * Each record class's components by name, read once per class: naming the field of every problem
     * of every report must not walk reflection again (a batch names thousands).
     */
    private static final ClassValue<Map<String, Component>> COMPONENTS = new ClassValue<>() {
        @Override
        protected Map<String, Component> computeValue(Class<?> record) {
            Map<String, Component> byName = new HashMap<>();
            for (RecordComponent rc : record.getRecordComponents()) {
                String name = rc.getName();
                byName.put(
                        name,
                        new Component(title(record.getSimpleName() + "." + name), words(name), rc.getGenericType()));
            }
            return Map.copyOf(byName);
        }
    };

    /** The component {@code name} of a record class, or null when it has none of that name. */
    private static Component component(Class<?> record, String name) {
        return COMPONENTS.get(record).get(name);
    }
}
