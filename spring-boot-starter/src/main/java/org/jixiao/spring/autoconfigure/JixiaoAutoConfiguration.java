// SPDX-License-Identifier: Apache-2.0
package org.jixiao.spring.autoconfigure;

import java.time.Clock;
import java.time.ZoneId;
import org.jixiao.outline.Outlines;
import org.jixiao.spring.JixiaoProperties;
import org.jixiao.spring.ReportRenderer;
import org.jixiao.spring.TemplateRegistry;
import org.jixiao.validation.ReportValidator;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.io.support.ResourcePatternUtils;

/**
 * jixiao's beans, each replaceable by one of the application's own of the same type: the {@link Outlines}
 * (jixiao's own plus the files of {@code jixiao.outlines}), the {@link ReportValidator} (its "today" from the
 * application's {@link Clock} bean when it has exactly one, else from the clock of Asia/Shanghai), the
 * {@link TemplateRegistry}, the {@link ReportRenderer} and the warm-up ({@code jixiao.warm-up.enabled}; in a web
 * application also one request to its own server, {@code jixiao.warm-up.web-request}).
 *
 * @since 0.2.0
 */
@AutoConfiguration
@EnableConfigurationProperties(JixiaoProperties.class)
public class JixiaoAutoConfiguration {
    /** The zone of the budget units jixiao serves, as {@code ReportValidator.create()} has it. */
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Bean
    @ConditionalOnMissingBean
    public Outlines jixiaoOutlines(JixiaoProperties properties, ResourceLoader resourceLoader) {
        return OutlineFiles.load(
                Outlines.builtIn(),
                properties.outlines(),
                ResourcePatternUtils.getResourcePatternResolver(resourceLoader));
    }

    @Bean
    @ConditionalOnMissingBean
    public ReportValidator jixiaoReportValidator(ObjectProvider<Clock> clock, Outlines outlines) {
        return ReportValidator.create(clock.getIfUnique(() -> Clock.system(CHINA)), outlines);
    }

    @Bean
    @ConditionalOnMissingBean
    public ReportRenderer jixiaoReportRenderer(ReportValidator validator) {
        return new ReportRenderer(validator);
    }

    @Bean
    @ConditionalOnMissingBean
    public TemplateRegistry jixiaoTemplateRegistry(JixiaoProperties properties) {
        return new TemplateRegistry(properties.templates().maxCount());
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnProperty(prefix = "jixiao.warm-up", name = "enabled", havingValue = "true", matchIfMissing = true)
    JixiaoWarmUp jixiaoWarmUp(ReportRenderer renderer) {
        return new JixiaoWarmUp(renderer);
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnWebApplication
    @ConditionalOnProperty(
            prefix = "jixiao.warm-up",
            name = {"enabled", "web-request"},
            havingValue = "true",
            matchIfMissing = true)
    WebServerWarmUp jixiaoWebServerWarmUp() {
        return new WebServerWarmUp();
    }
}
