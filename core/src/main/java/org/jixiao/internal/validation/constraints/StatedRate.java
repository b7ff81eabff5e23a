// SPDX-License-Identifier: Apache-2.0
package org.jixiao.internal.validation.constraints;

import jakarta.validation.ConstraintValidatorContext;
import java.math.BigDecimal;
import java.util.Optional;
import org.jixiao.report.Percent;

/** The shared check of a stated rate against the one computed from its figures. */
final class StatedRate {
    private StatedRate() {}

    /**
     * Reports a stated rate (in percent) that does not agree with the computed one at the stated
     * precision; nothing when either is missing (a zero denominator computes no rate).
     */
    static boolean check(
            BigDecimal stated,
            Optional<Percent> computed,
            String property,
            String code,
            Object numerator,
            Object denominator,
            ConstraintValidatorContext context) {
        if (stated == null || computed.isEmpty() || computed.get().agreesWith(stated)) {
            return true;
        }
        String statedText = stated.toPlainString() + "%";
        return Violation.of(context, code)
                .at(property)
                .value(statedText)
                .suggestion(computed.get().toString())
                .param("stated", statedText)
                .param("computed", computed.get().toString())
                .param("numerator", numerator)
                .param("denominator", denominator)
                .add();
    }
}
