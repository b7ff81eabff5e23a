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

/**
 * Turns Bean Validation's violations into findings: those of {@link org.jixiao.validation.ReportValidator}
 * and those a host application's own Hibernate Validator gives for a {@code @Valid Report}.
 */
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
                    key(violation.getMessageTemplate()),
                    details.params());
        }
        String code = StandardConstraints.code(descriptor.getAnnotation().annotationType());
        Map<String, Object> params = new HashMap<>();
        descriptor.getAttributes().forEach((name, attribute) -> {
            if (attribute instanceof String || attribute instanceof Number || attribute instanceof Boolean) {
                params.put(name, attribute.toString());
            }
        });
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
                Finding.KEY_PREFIX + code,
                params);
    }

    /** {@code {org.jixiao…message}} → {@code org.jixiao…message}: jixiao's constraints name one key. */
    private static String key(String messageTemplate) {
        if (messageTemplate.length() > 2 && messageTemplate.startsWith("{") && messageTemplate.endsWith("}")) {
            return messageTemplate.substring(1, messageTemplate.length() - 1);
        }
        throw new IllegalStateException("a jixiao constraint's message must be one bundle key: " + messageTemplate);
    }
}
