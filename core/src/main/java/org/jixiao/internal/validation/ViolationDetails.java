// SPDX-License-Identifier: Apache-2.0
package org.jixiao.internal.validation;

import java.util.Map;

/**
 * What a jixiao constraint validator attaches to each violation as Hibernate Validator's dynamic
 * payload, so that {@link org.jixiao.validation.ReportValidator} can write the message in both
 * languages and report the offending value and the suggestion.
 *
 * @param code the stable problem code
 * @param value the offending value as display text, or null
 * @param suggestion the corrected value, or null
 * @param params the message parameters (computed values only)
 */
public record ViolationDetails(String code, String value, String suggestion, Map<String, Object> params) {

    public ViolationDetails {
        params = Map.copyOf(params);
    }
}
