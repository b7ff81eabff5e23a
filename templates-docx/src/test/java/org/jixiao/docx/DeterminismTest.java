// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/** Same template and data → same bytes, whenever, wherever and however often rendered. */
class DeterminismTest {
    private static byte[] renderReference() {
        return Fixture.render(Fixture.compile(ReferenceReport.template()), ReferenceReport.data(0));
    }

    @Test
    void renderingTwiceGivesTheSameBytes() throws InterruptedException {
        DocxTemplate t = Fixture.compile(ReferenceReport.template());
        byte[] a = Fixture.render(t, ReferenceReport.data(0));
        Thread.sleep(1100);
        assertArrayEquals(a, Fixture.render(t, ReferenceReport.data(0)));
        assertArrayEquals(a, renderReference(), "a second compile of the same template too");
    }

    @Test
    void defaultTimeZoneAndLocaleChangeNothing() {
        byte[] expected = renderReference();
        TimeZone tz = TimeZone.getDefault();
        Locale locale = Locale.getDefault();
        try {
            for (String zone : List.of("UTC", "Asia/Shanghai", "America/Los_Angeles")) {
                for (Locale l : List.of(
                        Locale.ROOT, Locale.SIMPLIFIED_CHINESE, Locale.GERMANY, Locale.forLanguageTag("ar-EG"))) {
                    TimeZone.setDefault(TimeZone.getTimeZone(zone));
                    Locale.setDefault(l);
                    assertArrayEquals(expected, renderReference(), zone + " " + l);
                }
            }
        } finally {
            TimeZone.setDefault(tz);
            Locale.setDefault(locale);
        }
    }

    @Test
    void entriesHaveFixedOrderAndTimestampAndNoVersionComment() throws IOException {
        byte[] out = renderReference();
        List<String> names = new ArrayList<>();
        try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(out))) {
            for (ZipEntry e; (e = z.getNextEntry()) != null; ) {
                names.add(e.getName());
                assertEquals(java.time.LocalDateTime.of(1980, 1, 1, 0, 0), e.getTimeLocal(), e.getName());
                assertEquals(null, e.getExtra(), e.getName());
                String s = new String(z.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                assertFalse(s.contains("docx4j") || s.contains("<!--"), e.getName());
            }
        }
        assertEquals("[Content_Types].xml", names.get(0));
        List<String> rest = new ArrayList<>(names.subList(1, names.size()));
        List<String> sorted = new ArrayList<>(rest);
        sorted.sort(null);
        assertEquals(sorted, rest);
    }
}
