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
import java.util.List;
import java.util.Properties;
import org.jixiao.report.Report;

/**
 * The official Chinese term of each JSON property, from {@code org/jixiao/json/schema-terms.properties}
 * (UTF-8; key {@code RecordSimpleName.component}, {@code EnumSimpleName.CONSTANT} or
 * {@code RecordSimpleName}). The same file titles the JSON Schema and names fields in messages.
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
                if (!segment.matches("[0-9]{1,9}")) {
                    return null;
                }
                index = Integer.parseInt(segment);
                type = pt.getActualTypeArguments()[0];
                continue;
            }
            if (!(type instanceof Class<?> c) || !c.isRecord()) {
                return null;
            }
            RecordComponent component = find(c, segment);
            if (component == null) {
                return null;
            }
            title = title(c.getSimpleName() + "." + segment);
            index = null;
            type = component.getGenericType();
        }
        if (title != null && index != null) {
            return title + "第 " + (index + 1) + " 项";
        }
        return title;
    }

    private static RecordComponent find(Class<?> record, String name) {
        for (RecordComponent rc : record.getRecordComponents()) {
            if (rc.getName().equals(name)) {
                return rc;
            }
        }
        return null;
    }
}
