// SPDX-License-Identifier: Apache-2.0
package org.jixiao.spring.autoconfigure;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jixiao.report.docx.Reports;
import org.jixiao.spring.ReportRenderer;
import org.springframework.context.SmartLifecycle;

/**
 * Runs {@link Reports#warmUp(org.jixiao.validation.ReportValidator)} with the application's validator once the
 * beans are built and before the web server takes requests, so the first request does not pay for class loading
 * and the first use of Jackson, Hibernate Validator and the template engine. Runs once per context; a failure is
 * logged and does not stop the application (the first request then pays, and reports any real problem).
 */
final class JixiaoWarmUp implements SmartLifecycle {
    private static final Log LOG = LogFactory.getLog(JixiaoWarmUp.class);
    /**
     * Early: lifecycle beans start in ascending phase, and Spring Boot starts its web server in a phase near
     * {@link SmartLifecycle#DEFAULT_PHASE}, so the server opens its port after the warm-up.
     */
    static final int PHASE = 0;

    private final Runnable warmUp;
    private volatile boolean started;
    private volatile boolean done;

    JixiaoWarmUp(ReportRenderer renderer) {
        this(() -> Reports.warmUp(renderer.validator()));
    }

    /** A warm-up doing {@code warmUp} instead; for tests. */
    JixiaoWarmUp(Runnable warmUp) {
        this.warmUp = warmUp;
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

    /** What the warm-up does. */
    void run() {
        warmUp.run();
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
