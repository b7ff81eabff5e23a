// SPDX-License-Identifier: Apache-2.0
package org.jixiao.internal.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.jixiao.validation.Severity;
import org.junit.jupiter.api.Test;

/** Severity comes from the constraint's payload; codes from the annotation type. */
class ViolationFindingsTest {
    private static final Validator VALIDATOR = Validation.byProvider(HibernateValidator.class)
            .providerResolver(() -> List.of(new HibernateValidator()))
            .configure()
            .ignoreXmlConfiguration()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory()
            .getValidator();

    record Bean(
            @NotNull String required,
            @DecimalMin(value = "0", payload = Severity.Warning.class) BigDecimal warned,
            @Email String other) {}

    @Test
    void aWarningPayloadMakesAWarning() {
        Finding f = only(new Bean("x", new BigDecimal("-1"), null));
        assertEquals(Severity.WARNING, f.severity());
        assertEquals("min", f.code());
        assertEquals("/warned", f.path());
        assertEquals("-1", f.value());
    }

    @Test
    void noPayloadMakesAnError() {
        Finding f = only(new Bean(null, null, null));
        assertEquals(Severity.ERROR, f.severity());
        assertEquals("required", f.code());
    }

    @Test
    void aConstraintWithoutACodeIsInvalid() {
        Finding f = only(new Bean("x", null, "not an address"));
        assertEquals("invalid", f.code());
        // outside the report model there is no title: the message names the pointer
        assertEquals("“/other”的值无效，请改正。", Messages.message(f, org.jixiao.Lang.ZH));
    }

    private static Finding only(Bean bean) {
        Set<ConstraintViolation<Bean>> violations = VALIDATOR.validate(bean);
        assertEquals(1, violations.size(), violations::toString);
        return ViolationFindings.of(violations.iterator().next(), LocalDate.of(2023, 6, 1));
    }
}
