// SPDX-License-Identifier: Apache-2.0
package org.jixiao.examples;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.jixiao.json.ReportJson;
import org.jixiao.report.Report;

/** The example reports, one per shipped outline, as JSON resources on the classpath. */
public enum ExampleReport {
    /** 湛江市坡头区民政局 2022, Guangdong district outline (the reference report). */
    POTOU("potou-2022.json"),
    /** 荆门市民政局 2022, Hubei short form: only the facts the real report gives. */
    JINGMEN("jingmen-2022.json"),
    /** A sample in the national-common outline, with a 投入/过程/产出/效果 score sheet. */
    NATIONAL_SAMPLE("national-2022-sample.json");

    private final String resource;

    ExampleReport(String file) {
        this.resource = "/org/jixiao/examples/" + file;
    }

    /** Classpath location of the example's JSON. */
    public String resource() {
        return resource;
    }

    /** The example's JSON bytes. */
    public byte[] json() {
        try (InputStream in = ExampleReport.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The example as a report. */
    public Report report() {
        return ReportJson.read(new ByteArrayInputStream(json()));
    }
}
