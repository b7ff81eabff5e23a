// SPDX-License-Identifier: Apache-2.0
package org.jixiao.cli;

import java.lang.invoke.MethodHandles;
import org.jixiao.json.ReportJson;
import org.jixiao.report.docx.OfficialTemplate;
import org.jixiao.report.docx.Reports;

/**
 * Starts, on two background threads, what a command will need once picocli has parsed its line:
 * the JSON reader (Jackson's start-up) on one, the validator (Hibernate Validator's start-up and
 * the model's constraint metadata, the largest part of a cold {@code render}) and the official
 * template on the other. picocli builds its model on the calling thread meanwhile, so a cold run
 * pays about the longest of the three, not their sum. The command's own first use of any of them
 * waits for its preload to finish (class initialisation is thread-safe) and never sees a
 * half-built object.
 *
 * <p>Measured on 2026-12-06 (benchmarks README, "start-up decisions"): a cold {@code render} of the
 * example took 0.74 s with the preload and 0.82 s without it (load average 3; 1.34 and 1.59 s at load 9),
 * for the same CPU time.
 *
 * <p>A preload that fails is ignored here: the command then fails on its own first use of what did
 * not load (for a class whose initialisation failed, with the JVM's "could not initialize class";
 * only a broken installation gets there).
 */
final class Preload {
    private Preload() {}

    /**
     * Starts the preload for the command about to run: the JSON reader and the validator for
     * {@code render}, {@code validate} and {@code batch}, the official template for {@code render}
     * and {@code batch} without {@code --template}. Returns at once; does nothing for other commands.
     */
    static void startFor(EarlyOptions early) {
        switch (early.command()) {
            case "render", "batch" -> start(!early.customTemplate());
            case "validate" -> start(false);
            default -> {}
        }
    }

    private static void start(boolean officialTemplate) {
        run("jixiao-preload-json", () -> initialise(ReportJson.class));
        run("jixiao-preload-validator", () -> {
            initialise(Reports.class); // builds its validator
            if (officialTemplate) {
                OfficialTemplate.OVERALL_SELF_EVALUATION.template();
            }
        });
    }

    private static void run(String name, Runnable load) {
        Thread thread = new Thread(
                () -> {
                    try {
                        load.run();
                    } catch (RuntimeException | LinkageError e) {
                        // the command reports it when it gets there
                    }
                },
                name);
        thread.setDaemon(true);
        thread.start();
    }

    private static void initialise(Class<?> type) {
        try {
            MethodHandles.lookup().ensureInitialized(type);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e); // public classes: cannot happen
        }
    }
}
