// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TimeZone;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Compiling and rendering leave system properties, the default locale and time zone as they were. */
class JvmStateTest {
    private static Map<Object, Object> properties() {
        Properties p = System.getProperties();
        return new TreeMap<>(p);
    }

    @Test
    void compileAndRenderChangeNoJvmState() {
        Fixture.compile(Fixture.docx(Fixture.p("warm up docx4j")));
        Map<Object, Object> before = properties();
        Locale locale = Locale.getDefault();
        TimeZone zone = TimeZone.getDefault();
        DocxTemplate t = Fixture.compile(ReferenceReport.template());
        Fixture.renderUnchecked(t, ReferenceReport.data(0));
        assertEquals(before, properties());
        assertEquals(locale, Locale.getDefault());
        assertEquals(zone, TimeZone.getDefault());
    }
}
