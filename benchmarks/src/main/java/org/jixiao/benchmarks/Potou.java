// SPDX-License-Identifier: Apache-2.0
// Copyright jixiao contributors
package org.jixiao.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.jixiao.json.ReportJson;
import org.jixiao.report.Report;
import org.jixiao.report.docx.Reports;

/**
 * The benchmarks' one data set: the Potou example (湛江市坡头区民政局, 2022), read from the examples
 * module's classpath resource, and the strings every engine's output must contain.
 */
public final class Potou {
    /** Where the examples module keeps the report. */
    public static final String RESOURCE = "/org/jixiao/examples/potou-2022.json";

    /** Unit name, a budget total, the cremation completion rate, the score sheet's label. */
    public static final List<String> KEY_STRINGS = List.of("湛江市坡头区民政局", "4659.17万元", "88.48%", "附件1");

    private Potou() {}

    /** The report's JSON bytes; a fresh array. */
    public static byte[] json() {
        try (InputStream in = Potou.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath (module jixiao-examples)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The report, read with jixiao's JSON reader. */
    public static Report report() {
        return ReportJson.read(new java.io.ByteArrayInputStream(json()));
    }

    /** The data tree the official template renders. */
    public static Map<String, Object> data() {
        return Reports.data(report());
    }
}
