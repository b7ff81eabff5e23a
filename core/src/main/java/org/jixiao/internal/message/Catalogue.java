// SPDX-License-Identifier: Apache-2.0
package org.jixiao.internal.message;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.Properties;
import org.jixiao.Lang;

/**
 * jixiao's one way to word a message in Chinese and English: a pair of UTF-8 properties bundles
 * ({@code base.properties}, English, the root bundle; {@code base_zh_CN.properties}, Chinese) whose
 * entries take {@code {name}} parameters, nothing else — no expression language, no
 * {@code MessageFormat} quoting, no locale-dependent formatting. A parameter the caller does not give
 * stays as written, so {@code {{#…}}} in a message needs no escaping. Immutable and thread-safe.
 *
 * <p>The validation messages live in {@code ContributorValidationMessages}, the bundle Hibernate
 * Validator also reads for jixiao's constraints in a host application; the other modules keep their
 * sentences in bundles of the same form beside their code.
 */
public final class Catalogue {
    private final Properties zh;
    private final Properties en;

    private Catalogue(Properties zh, Properties en) {
        this.zh = zh;
        this.en = en;
    }

    /**
     * The catalogue of the bundles named {@code baseName} (dots between its segments), read as resources of
     * {@code owner}'s module or class loader. Read as plain UTF-8 properties files, not through
     * {@code ResourceBundle}: no fallback to the JVM's default locale, and it works the same in a named module
     * (where a {@code ResourceBundle.Control} is refused) and on the class path.
     *
     * @throws MissingResourceException when either bundle is missing
     */
    public static Catalogue of(String baseName, Class<?> owner) {
        return new Catalogue(load(baseName + "_zh_CN", owner), load(baseName, owner));
    }

    private static Properties load(String name, Class<?> owner) {
        String path = "/" + name.replace('.', '/') + ".properties";
        try (InputStream in = owner.getResourceAsStream(path)) {
            if (in == null) {
                throw new MissingResourceException("no message bundle " + path, Catalogue.class.getName(), name);
            }
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A parameter that is itself worded in the message's language, such as a type's name or a reason: a
     * message of a bundle, never a sentence written in code.
     */
    @FunctionalInterface
    public interface Worded {
        /** The words in {@code lang}. */
        String in(Lang lang);
    }

    /**
     * The message under {@code key} in {@code lang}, with each {@code {name}} replaced by
     * {@code params.get(name)}: a {@link Worded} parameter worded in {@code lang}, any other
     * {@link String#valueOf} of it.
     *
     * @throws MissingResourceException when the key is not in the bundle: a bug, caught by the tests
     */
    public String format(String key, Map<String, ?> params, Lang lang) {
        String template = (lang == Lang.EN ? en : zh).getProperty(key);
        if (template == null) {
            throw new MissingResourceException("no message " + key, Catalogue.class.getName(), key);
        }
        Map<String, Object> worded = new HashMap<>(params);
        worded.replaceAll((name, value) -> value instanceof Worded w ? w.in(lang) : value);
        return fill(template, worded);
    }

    /** Whether the bundles have {@code key}. */
    public boolean has(String key) {
        return en.containsKey(key) && zh.containsKey(key);
    }

    /** Replaces {@code {name}} by its parameter in one pass; unknown names stay as written. */
    static String fill(String template, Map<String, ?> params) {
        Objects.requireNonNull(params, "params");
        StringBuilder out = new StringBuilder(template.length() + 32);
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            int close = c == '{' ? template.indexOf('}', i + 1) : -1;
            if (close > i + 1) {
                String name = template.substring(i + 1, close);
                if (params.containsKey(name)) {
                    out.append(params.get(name));
                    i = close + 1;
                    continue;
                }
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }
}
