// SPDX-License-Identifier: Apache-2.0
package org.jixiao.internal.validation;

import java.util.Map;
import org.jixiao.validation.Severity;

/**
 * A problem before its messages are written: what the rule found and the message template and
 * parameters to explain it in either language.
 *
 * @param severity error or warning
 * @param code the stable problem code
 * @param path the JSON Pointer
 * @param value the offending value as display text, or null
 * @param suggestion the corrected text or value, or null
 * @param messageKey the key of the message in {@code ContributorValidationMessages}, e.g.
 *     {@code org.jixiao.validation.required}
 * @param params message parameters: computed values and paths only, never text from the report
 */
public record Finding(
        Severity severity,
        String code,
        String path,
        String value,
        String suggestion,
        String messageKey,
        Map<String, Object> params) {

    /** The bundle key prefix of the problems that are not a constraint's own message. */
    public static final String KEY_PREFIX = "org.jixiao.validation.";

    public Finding {
        params = Map.copyOf(params);
    }

    /** A finding of a rule outside Hibernate Validator, whose message is {@code org.jixiao.validation.<code>}. */
    public static Finding ofRule(
            Severity severity, String code, String path, String value, String suggestion, Map<String, Object> params) {
        return new Finding(severity, code, path, value, suggestion, KEY_PREFIX + code, params);
    }
}
