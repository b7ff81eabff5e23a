// SPDX-License-Identifier: Apache-2.0
package org.jixiao.internal.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.jixiao.validation.Severity;

/** Turns Hibernate Validator's violations into findings. */
public final class ViolationFindings {
    private ViolationFindings() {}

    /**
     * The finding of one violation. A jixiao constraint brings its code, value, suggestion and
     * parameters as {@link ViolationDetails}; a Jakarta constraint gets its code from
     * {@link StandardConstraints} and jixiao's message for that code.
     *
     * @param today the date "in the future" is measured against, offered to messages as {@code {today}}
     */
    public static Finding of(ConstraintViolation<?> violation, LocalDate today) {
        ConstraintDescriptor<?> descriptor = violation.getConstraintDescriptor();
        Severity severity =
                descriptor.getPayload().contains(Severity.Warning.class) ? Severity.WARNING : Severity.ERROR;
        String path = JsonPointer.of(violation.getPropertyPath());
        @SuppressWarnings("unchecked")
        ViolationDetails details = ((HibernateConstraintViolation<Object>)
                        violation.unwrap(HibernateConstraintViolation.class))
                .getDynamicPayload(ViolationDetails.class);
        if (details != null) {
            return new Finding(
                    severity,
                    details.code(),
                    path,
                    details.value(),
                    details.suggestion(),
                    violation.getMessageTemplate(),
                    details.params(),
                    descriptor);
        }
        String code = StandardConstraints.code(descriptor.getAnnotation().annotationType());
        Map<String, Object> params = new HashMap<>();
        params.put("path", path);
        params.put("today", today.toString());
        if (descriptor.getAnnotation() instanceof PositiveOrZero) {
            params.put("value", "0");
        }
        return new Finding(
                severity,
                code,
                path,
                DisplayText.value(violation.getInvalidValue()),
                null,
                "{" + Finding.KEY_PREFIX + code + "}",
                params,
                descriptor);
    }
}
