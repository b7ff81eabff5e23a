// SPDX-License-Identifier: Apache-2.0
package org.jixiao.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.jixiao.json.ReportJson;
import org.jixiao.report.Report;

/** The reference example: 湛江市坡头区民政局's 2022 report, as data. */
public final class PotouExample {
    /** Classpath location of the example JSON. */
    public static final String RESOURCE = "/org/jixiao/examples/potou-2022.json";

    private PotouExample() {}

    /** The example's JSON text. */
    public static byte[] json() {
        try (InputStream in = PotouExample.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The example as a report. */
    public static Report report() {
        return ReportJson.read(new java.io.ByteArrayInputStream(json()));
    }
}
