// SPDX-License-Identifier: Apache-2.0
package org.jixiao.compatibility;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import org.jixiao.validation.ReportValidator;

/**
 * The leg of the matrix this JVM runs (its POM passes what it claims as {@code compatibility.*} system
 * properties), the class path's versions, and the golden files every leg must reproduce.
 */
final class Leg {
    /** "Today" for every validation in the suite, so the golden files do not age. */
    static final LocalDate TODAY = LocalDate.of(2026, 1, 15);

    private Leg() {}

    /** The leg's name: baseline, boot-3.5 or boot-4.0. */
    static String name() {
        return claim("leg");
    }

    /** What the leg's POM claims for {@code key} (java, hibernate-validator, jackson, …). */
    static String claim(String key) {
        String value = System.getProperty("compatibility." + key);
        if (value == null || value.isBlank() || value.startsWith("${")) {
            throw new IllegalStateException("the leg's POM does not set compatibility." + key);
        }
        return value;
    }

    /** A validator whose today is {@link #TODAY} in China. */
    static ReportValidator validator() {
        return ReportValidator.create(
                Clock.fixed(TODAY.atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant(), ZoneId.of("Asia/Shanghai")));
    }

    /**
     * The versions of {@code group:artifact} on the class path, one per jar that carries Maven's
     * {@code pom.properties} for it (two would mean two copies).
     */
    static List<String> versions(String group, String artifact) {
        List<String> versions = new ArrayList<>();
        try {
            for (URL url : Collections.list(Leg.class
                    .getClassLoader()
                    .getResources("META-INF/maven/" + group + "/" + artifact + "/pom.properties"))) {
                Properties p = new Properties();
                try (InputStream in = url.openStream()) {
                    p.load(in);
                }
                versions.add(p.getProperty("version"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return versions;
    }

    /** The feature version of Hibernate Validator on the class path (8, 9, …). */
    static int hibernateValidatorMajor() {
        List<String> v = versions("org.hibernate.validator", "hibernate-validator");
        assertEquals(1, v.size(), "one Hibernate Validator on the class path: " + v);
        return Integer.parseInt(v.get(0).substring(0, v.get(0).indexOf('.')));
    }

    /** The golden file {@code name}; a missing one reads as a line saying so. */
    static String golden(String name) {
        try (InputStream in = Leg.class.getResourceAsStream("golden/" + name)) {
            return in == null
                    ? "(no golden file " + name + ")\n"
                    : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Asserts that {@code actual} is the golden file {@code name} (src/test/resources/org/jixiao/compatibility/golden).
     * On a difference, {@code actual} is written to target/compatibility-received/{@code name}: read it, and copy it
     * over the golden file only if the difference is meant (in the baseline leg; every leg must then agree).
     */
    static void assertGolden(String name, String actual) {
        String expected = golden(name);
        if (!expected.equals(actual)) {
            try {
                Path received = Path.of("target", "compatibility-received", name);
                Files.createDirectories(received.getParent());
                Files.writeString(received, actual, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        assertEquals(expected, actual, "leg " + name() + ": " + name + " differs (see target/compatibility-received)");
    }
}
