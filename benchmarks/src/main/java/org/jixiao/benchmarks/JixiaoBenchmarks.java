// SPDX-License-Identifier: Apache-2.0
// Copyright jixiao contributors
package org.jixiao.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jixiao.docx.DocxTemplate;
import org.jixiao.json.ReportJson;
import org.jixiao.report.Report;
import org.jixiao.report.docx.OfficialTemplate;
import org.jixiao.report.docx.Reports;
import org.jixiao.validation.ReportValidator;
import org.jixiao.validation.ValidationResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/**
 * jixiao on the Potou report: compile the official template, render warm, and the steps around a
 * render (JSON read, validation, data tree, the whole request). One shared compiled template, as a
 * server holds it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class JixiaoBenchmarks {
    private byte[] json;
    private byte[] templateDocx;
    private Report report;
    private Map<String, Object> data;
    private DocxTemplate template;
    private ReportValidator validator;

    @Setup
    public void setUp() {
        json = Potou.json();
        templateDocx = OfficialTemplate.OVERALL_SELF_EVALUATION.docx();
        report = Potou.report();
        data = Reports.data(report);
        template = DocxTemplate.compile(new ByteArrayInputStream(templateDocx));
        validator = ReportValidator.create();
        OutputCheck.verify("jixiao", render().toByteArray());
        OutputCheck.verify("jixiao from JSON", fromJson().toByteArray());
    }

    /** Compiles the official template (a server does it once; warm cost here, cold in run.sh). */
    @Benchmark
    public DocxTemplate compile() {
        return DocxTemplate.compile(new ByteArrayInputStream(templateDocx));
    }

    /** Renders the report's data tree to .docx bytes with the compiled template. */
    @Benchmark
    public ByteArrayOutputStream render() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        template.render(data, out);
        return out;
    }

    /** Only validates the report (Jakarta Validation plus the report's own rules). */
    @Benchmark
    public ValidationResult validate() {
        return validator.validate(report);
    }

    /** Only reads the JSON into the report model. */
    @Benchmark
    public Report readJson() {
        return ReportJson.read(new ByteArrayInputStream(json));
    }

    /** A whole request: JSON bytes in, validated, rendered .docx bytes out ({@code Reports.render}). */
    @Benchmark
    public ByteArrayOutputStream fromJson() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        Reports.render(ReportJson.read(new ByteArrayInputStream(json)), template, out);
        return out;
    }

    /** {@link #render()} as reports per second, one thread. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Threads(1)
    public ByteArrayOutputStream renderThroughput1Thread() {
        return render();
    }

    /** {@link #render()} as reports per second, two threads sharing the compiled template. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Threads(2)
    public ByteArrayOutputStream renderThroughput2Threads() {
        return render();
    }
}
