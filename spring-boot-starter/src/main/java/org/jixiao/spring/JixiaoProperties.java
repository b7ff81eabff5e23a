// SPDX-License-Identifier: Apache-2.0
package org.jixiao.spring;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The {@code jixiao.*} properties of a Spring Boot application. The descriptions below are also the
 * configuration metadata IDEs show, so they are plain text.
 *
 * @param outlines Outline files (JSON, as Outlines.read reads them) added to jixiao's own outlines, as Spring
 *     resource locations or patterns, e.g. classpath:outlines/*.json or file:/etc/oa/outlines/*.json. Each
 *     entry must match at least one file; a file whose id is that of a shipped outline replaces it. Ignored
 *     when the application defines its own Outlines bean.
 * @param templates The registry of uploaded templates.
 * @param problemDetails The RFC 9457 problem responses for jixiao's exceptions.
 * @param warmUp The warm-up at start-up.
 * @since 0.2.0
 */
@ConfigurationProperties("jixiao")
public record JixiaoProperties(
        List<String> outlines,
        @DefaultValue Templates templates,
        @DefaultValue ProblemDetails problemDetails,
        @DefaultValue WarmUp warmUp) {

    public JixiaoProperties {
        outlines = outlines == null ? List.of() : List.copyOf(outlines);
    }

    /**
     * The registry of uploaded templates.
     *
     * @param maxCount How many templates the registry holds at most; registering a new name beyond it is
     *     rejected (replacing a registered name is not). Each compiled template stays in memory.
     */
    public record Templates(@DefaultValue("50") int maxCount) {}

    /**
     * The RFC 9457 problem responses.
     *
     * @param enabled Whether jixiao's exceptions thrown by a Spring MVC handler become application/problem+json
     *     responses: 400 for malformed JSON, 422 for an invalid report, a template that does not fit the data
     *     or a rejected template.
     */
    public record ProblemDetails(@DefaultValue("true") boolean enabled) {}

    /**
     * The warm-up at start-up.
     *
     * @param enabled Whether the application, before it takes requests, reads, validates and renders a
     *     sample report, so that its first request is about as fast as the later ones.
     * @param webRequest Whether a web application, once ready, also sends one request (GET
     *     /jixiao-warm-up, a 404) to its own server over loopback, so the server's and Spring MVC's request
     *     path is loaded too. Needs warm-up enabled; skipped when the server uses TLS.
     */
    public record WarmUp(@DefaultValue("true") boolean enabled, @DefaultValue("true") boolean webRequest) {}
}
