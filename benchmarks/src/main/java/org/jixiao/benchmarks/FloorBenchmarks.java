// SPDX-License-Identifier: Apache-2.0
// Copyright jixiao contributors
package org.jixiao.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.jixiao.report.docx.OfficialTemplate;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What any engine producing jixiao's output must at least pay: docx4j loading and saving the
 * finished document, and {@code java.util.zip} writing its parts (at jixiao's level, {@code Deflated.LEVEL}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class FloorBenchmarks {
    /** jixiao's compression level ({@code Deflated.LEVEL} in templates-docx). */
    static final int LEVEL = org.jixiao.docx.internal.zip.Deflated.LEVEL;

    private byte[] output;
    private final Map<String, byte[]> parts = new LinkedHashMap<>();

    @Setup
    public void setUp() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        OfficialTemplate.OVERALL_SELF_EVALUATION.template().render(Potou.data(), out);
        output = out.toByteArray();
        OutputCheck.verify("jixiao (floor input)", output);
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(output))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                parts.put(e.getName(), zip.readAllBytes());
            }
        }
        OutputCheck.verify("docx4j load+save", docx4jLoadSave().toByteArray());
        OutputCheck.verify("java.util.zip", zipParts().toByteArray());
    }

    /** docx4j: load jixiao's output and save it again. */
    @Benchmark
    public ByteArrayOutputStream docx4jLoadSave() {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            WordprocessingMLPackage.load(new ByteArrayInputStream(output)).save(out);
            return out;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** java.util.zip: deflate and write the output's parts, already in memory. */
    @Benchmark
    public ByteArrayOutputStream zipParts() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(LEVEL);
            zip.setMethod(ZipOutputStream.DEFLATED);
            for (Map.Entry<String, byte[]> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue());
                zip.closeEntry();
            }
        }
        return out;
    }
}
