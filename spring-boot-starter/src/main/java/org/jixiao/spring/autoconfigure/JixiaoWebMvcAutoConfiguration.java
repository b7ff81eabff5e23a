// SPDX-License-Identifier: Apache-2.0
package org.jixiao.spring.autoconfigure;

import org.jixiao.spring.JixiaoProblemHandler;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;

/**
 * In a Spring MVC application, the {@link JixiaoProblemHandler} that answers jixiao's exceptions with RFC
 * 9457 problem details; {@code jixiao.problem-details.enabled=false} turns it off.
 *
 * @since 0.2.0
 */
@AutoConfiguration(after = JixiaoAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(name = "org.springframework.web.servlet.DispatcherServlet")
@ConditionalOnProperty(prefix = "jixiao.problem-details", name = "enabled", havingValue = "true", matchIfMissing = true)
public class JixiaoWebMvcAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public JixiaoProblemHandler jixiaoProblemHandler() {
        return new JixiaoProblemHandler();
    }
}
