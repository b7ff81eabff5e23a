// SPDX-License-Identifier: Apache-2.0
package org.jixiao.examples;

import java.io.ByteArrayOutputStream;
import java.util.Locale;
import org.jixiao.json.ReportJson;
import org.jixiao.report.docx.Reports;

/**
 * Measures, in a fresh JVM, how long the first report takes (read the Potou report's JSON, validate, render
 * with the official template that fits it) and the tenth, with {@code warm} after {@link Reports#warmUp()}
 * and with {@code cold} without. Prints one line. Not a test: run it in fresh JVMs, several times, e.g.
 * {@code java -cp … org.jixiao.examples.FirstReportProbe warm}.
 */
public final class FirstReportProbe {
    private FirstReportProbe() {}

    public static void main(String[] args) {
        boolean warm = args.length > 0 && args[0].equals("warm");
        byte[] json = ExampleReport.POTOU.json();
        long warmUpNanos = 0;
        if (warm) {
            long begin = System.nanoTime();
            Reports.warmUp();
            warmUpNanos = System.nanoTime() - begin;
        }
        long first = report(json);
        long tenth = 0;
        for (int i = 2; i <= 10; i++) {
            tenth = report(json);
        }
        System.out.println(String.format(
                Locale.ROOT,
                "%s: warm-up %d ms, first report %d ms, tenth %d ms",
                warm ? "warm" : "cold",
                warmUpNanos / 1_000_000,
                first / 1_000_000,
                tenth / 1_000_000));
    }

    private static long report(byte[] json) {
        long begin = System.nanoTime();
        var report = ReportJson.read(new java.io.ByteArrayInputStream(json));
        Reports.render(report, Reports.officialTemplate(report), new ByteArrayOutputStream());
        return System.nanoTime() - begin;
    }
}
