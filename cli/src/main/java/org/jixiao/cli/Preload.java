// SPDX-License-Identifier: Apache-2.0
package org.jixiao.cli;

import java.lang.invoke.MethodHandles;
import org.jixiao.docx.OfficialTemplate;
import org.jixiao.docx.Reports;

/**
 * Loads, on a background thread, what a command needs once its input is read: the validator
 * (Hibernate Validator's start-up, the largest part of a cold {@code render}) and the official
 * template. The command reads its JSON (Jackson's start-up) meanwhile, so on two cores a cold run
 * pays the longer of the two, not their sum; the command's own first use of either waits for the
 * preload to finish (class initialisation is thread-safe) and never sees a half-built object.
 *
 * <p>A preload that fails changes nothing a user sees: the command meets the same failure itself.
 */
final class Preload {
    private Preload() {}

    /**
     * Starts the preload for the command about to run, before picocli builds its model (that too
     * takes a while): the validator for {@code render}, {@code validate} and {@code batch}, the
     * official template for {@code render} and {@code batch} without {@code --template}. Returns at
     * once; does nothing for other commands.
     */
    static void startFor(EarlyOptions early) {
        switch (early.command()) {
            case "render", "batch" -> start(!early.customTemplate());
            case "validate" -> start(false);
            default -> {}
        }
    }

    private static void start(boolean officialTemplate) {
        Thread thread = new Thread(() -> load(officialTemplate), "jixiao-preload");
        thread.setDaemon(true);
        thread.start();
    }

    private static void load(boolean officialTemplate) {
        try {
            MethodHandles.lookup().ensureInitialized(Reports.class); // builds its validator
            if (officialTemplate) {
                OfficialTemplate.OVERALL_SELF_EVALUATION.template();
            }
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            // the command reports it when it gets there
        }
    }
}
