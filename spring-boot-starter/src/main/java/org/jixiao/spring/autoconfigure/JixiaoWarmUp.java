// SPDX-License-Identifier: Apache-2.0
package org.jixiao.spring.autoconfigure;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jixiao.json.MalformedReportException;
import org.jixiao.json.ReportJson;
import org.jixiao.report.Report;
import org.jixiao.report.docx.OfficialTemplate;
import org.jixiao.report.docx.Reports;
import org.jixiao.spring.ReportRenderer;
import org.springframework.context.SmartLifecycle;

/**
 * Reads, validates and renders a sample report (with each official template) once the beans are built and
 * before the web server takes requests, so the first request does not pay for class loading and the first
 * use of Jackson, Hibernate Validator and the template engine. Runs once per context; a failure is logged
 * and does not stop the application (the first request then pays, and reports any real problem).
 */
final class JixiaoWarmUp implements SmartLifecycle {
    private static final Log LOG = LogFactory.getLog(JixiaoWarmUp.class);
    private static final String SAMPLE = "/org/jixiao/spring/warm-up-report.json";
    /**
     * Early: lifecycle beans start in ascending phase, and Spring Boot starts its web server in a phase near
     * {@link SmartLifecycle#DEFAULT_PHASE}, so the server opens its port after the warm-up.
     */
    static final int PHASE = 0;

    private final ReportRenderer renderer;
    private final String sample;
    private volatile boolean started;
    private volatile boolean done;

    JixiaoWarmUp(ReportRenderer renderer) {
        this(renderer, SAMPLE);
    }

    /** A warm-up with another sample (a class path resource); for tests. */
    JixiaoWarmUp(ReportRenderer renderer, String sample) {
        this.renderer = renderer;
        this.sample = sample;
    }

    @Override
    public void start() {
        if (!done) {
            long begin = System.nanoTime();
            try {
                run();
                LOG.info("jixiao warm-up done in " + (System.nanoTime() - begin) / 1_000_000 + " ms");
            } catch (RuntimeException | LinkageError e) {
                LOG.warn("jixiao warm-up failed; the first request will be slower: " + e, e);
            }
            done = true;
        }
        started = true;
    }

    /**
     * What the warm-up does. It validates the sample but renders it whatever validation finds: an application
     * whose clock is set before the sample's filling date finds that date in the future, and still warms up.
     */
    void run() {
        Report report = ReportJson.read(new ByteArrayInputStream(sample()));
        renderer.validate(report);
        for (OfficialTemplate template : OfficialTemplate.values()) {
            template.template()
                    .render(Reports.data(report, renderer.validator().outlines()), OutputStream.nullOutputStream());
        }
        try {
            ReportJson.read("{\"cover\": }"); // the error path too: the first 400 answers as fast
        } catch (MalformedReportException expected) {
            // what a malformed body gets
        }
    }

    private byte[] sample() {
        try (InputStream in = JixiaoWarmUp.class.getResourceAsStream(sample)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + sample);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void stop() {
        started = false;
    }

    @Override
    public boolean isRunning() {
        return started;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }
}
