// SPDX-License-Identifier: Apache-2.0
package org.jixiao.spring.autoconfigure;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.jixiao.outline.Outlines;
import org.jixiao.spring.ReportRenderer;
import org.jixiao.validation.ReportValidator;
import org.junit.jupiter.api.Test;
import org.springframework.context.SmartLifecycle;

class JixiaoWarmUpTest {

    @Test
    void theSampleReadsValidatesAndRendersWithEachOfficialTemplate() {
        JixiaoWarmUp warmUp = new JixiaoWarmUp(new ReportRenderer(ReportValidator.create()));

        assertDoesNotThrow(warmUp::run);
    }

    @Test
    void anApplicationClockBeforeTheSamplesDatesStillWarmsUp() {
        Clock early = Clock.fixed(Instant.parse("2020-01-01T00:00:00Z"), ZoneId.of("Asia/Shanghai"));
        JixiaoWarmUp warmUp = new JixiaoWarmUp(new ReportRenderer(ReportValidator.create(early, Outlines.builtIn())));

        assertDoesNotThrow(warmUp::run);
    }

    @Test
    void aFailingWarmUpDoesNotStopTheApplication() {
        JixiaoWarmUp warmUp = new JixiaoWarmUp(() -> {
            throw new IllegalStateException("a warm-up that fails");
        });

        assertDoesNotThrow(warmUp::start);
        assertTrue(warmUp.isRunning());
        warmUp.stop();
        assertFalse(warmUp.isRunning());
    }

    @Test
    void itRunsBeforeTheWebServerStarts() {
        // Spring Boot starts the web server in a phase close to the default (Integer.MAX_VALUE - 2048 in 3.5).
        assertTrue(new JixiaoWarmUp((Runnable) null).getPhase() < SmartLifecycle.DEFAULT_PHASE - 1_000_000);
    }
}
