// SPDX-License-Identifier: Apache-2.0
package org.jixiao.internal.validation.constraints;

import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderDefinedContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.hibernate.validator.constraintvalidation.HibernateConstraintViolationBuilder;
import org.jixiao.internal.validation.DisplayText;
import org.jixiao.internal.validation.ViolationDetails;

/**
 * Builds one violation of a jixiao constraint: where (property nodes below the validated bean), the
 * problem code, the offending value, the suggestion and the message parameters. The parameters are
 * added to Hibernate Validator's context (so the violation's own message is complete) and, with the
 * rest, attached as {@link ViolationDetails} dynamic payload.
 *
 * <p>Parameters must be computed values — numbers, amounts, dates, paths — never text from the report.
 */
final class Violation {
    private final HibernateConstraintValidatorContext context;
    private final String code;
    private final List<String> names = new ArrayList<>();
    private final List<Integer> indices = new ArrayList<>();
    private final Map<String, Object> params = new LinkedHashMap<>();
    private Integer pendingIndex;
    private String value;
    private String suggestion;

    private Violation(ConstraintValidatorContext context, String code) {
        this.context = context.unwrap(HibernateConstraintValidatorContext.class);
        this.code = code;
    }

    static Violation of(ConstraintValidatorContext context, String code) {
        return new Violation(context, code);
    }

    /** The next property node. */
    Violation at(String property) {
        names.add(property);
        indices.add(pendingIndex);
        pendingIndex = null;
        return this;
    }

    /** The index, in the list named by the previous node, of the element the next node belongs to. */
    Violation index(int index) {
        pendingIndex = index;
        return this;
    }

    Violation value(Object offending) {
        this.value = DisplayText.value(offending);
        return this;
    }

    Violation suggestion(Object corrected) {
        this.suggestion = corrected == null ? null : corrected.toString();
        return this;
    }

    /** A message parameter; the value is shown as {@link DisplayText#value} shows it. */
    Violation param(String name, Object computed) {
        params.put(name, DisplayText.value(computed));
        return this;
    }

    /** Adds the violation. Returns false, for {@code return Violation.of(…)….add();}. */
    boolean add() {
        context.disableDefaultConstraintViolation();
        params.forEach(context::addMessageParameter);
        context.withDynamicPayload(new ViolationDetails(code, value, suggestion, params));
        HibernateConstraintViolationBuilder builder =
                context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate());
        if (names.isEmpty()) {
            builder.addConstraintViolation();
            return false;
        }
        NodeBuilderCustomizableContext node = builder.addPropertyNode(names.get(0));
        NodeBuilderDefinedContext indexed = null;
        for (int i = 1; i < names.size(); i++) {
            node = indexed != null ? indexed.addPropertyNode(names.get(i)) : node.addPropertyNode(names.get(i));
            indexed = indices.get(i) != null ? node.inIterable().atIndex(indices.get(i)) : null;
        }
        if (indexed != null) {
            indexed.addConstraintViolation();
        } else {
            node.addConstraintViolation();
        }
        return false;
    }
}
