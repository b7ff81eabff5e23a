// SPDX-License-Identifier: Apache-2.0
package org.jixiao.internal.validation;

import jakarta.validation.ConstraintTarget;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.Payload;
import jakarta.validation.ValidationException;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.ValidateUnwrappedValue;
import java.lang.annotation.Annotation;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.hibernate.validator.messageinterpolation.ExpressionLanguageFeatureLevel;
import org.hibernate.validator.messageinterpolation.HibernateMessageInterpolatorContext;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.jixiao.Lang;
import org.jixiao.report.Report;

/**
 * Writes the Chinese and the English message of each problem from jixiao's bundles
 * ({@code ContributorValidationMessages.properties}, English, and {@code _zh_CN}) with Hibernate
 * Validator's {@link ParameterMessageInterpolator}: {@code {name}} parameters only, never expression
 * language. Thread-safe.
 *
 * <p>English is asked for with {@link Locale#ROOT}: a request for {@code Locale.ENGLISH} would fall back
 * to the JVM's default locale before the root bundle, and so answer in Chinese on a Chinese machine.
 */
public final class Messages {
    static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    static final Locale EN = Locale.ROOT;

    private final ParameterMessageInterpolator interpolator =
            new ParameterMessageInterpolator(Set.of(ZH, EN), ZH, /* preloadResourceBundles= */ false);

    /** The interpolator, also the one the Hibernate Validator factory uses (Chinese by default). */
    public MessageInterpolator interpolator() {
        return interpolator;
    }

    /** The finding's message in the given language. */
    public String message(Finding finding, Lang lang) {
        ConstraintDescriptor<?> descriptor =
                finding.descriptor() != null ? finding.descriptor() : NoConstraint.INSTANCE;
        return interpolator.interpolate(
                finding.messageTemplate(), new Context(descriptor, finding.params()), lang == Lang.EN ? EN : ZH);
    }

    /** An interpolation context that offers the finding's parameters and no validated value. */
    private record Context(ConstraintDescriptor<?> descriptor, Map<String, Object> params)
            implements HibernateMessageInterpolatorContext {

        @Override
        public ConstraintDescriptor<?> getConstraintDescriptor() {
            return descriptor;
        }

        /** Never offered: the offending value goes into {@code Problem.value}, not into messages. */
        @Override
        public Object getValidatedValue() {
            return null;
        }

        @Override
        public <T> T unwrap(Class<T> type) {
            if (type.isInstance(this)) {
                return type.cast(this);
            }
            throw new ValidationException("Cannot unwrap to " + type.getName());
        }

        @Override
        public Class<?> getRootBeanType() {
            return Report.class;
        }

        @Override
        public Map<String, Object> getMessageParameters() {
            return params;
        }

        @Override
        public Map<String, Object> getExpressionVariables() {
            return Map.of();
        }

        @Override
        public Path getPropertyPath() {
            return null;
        }

        @Override
        public ExpressionLanguageFeatureLevel getExpressionLanguageFeatureLevel() {
            return ExpressionLanguageFeatureLevel.NONE;
        }
    }

    /**
     * The descriptor of the text rules, which are no constraint: no attributes, so a missing parameter
     * stays as written.
     */
    private static final class NoConstraint implements ConstraintDescriptor<Annotation> {
        static final NoConstraint INSTANCE = new NoConstraint();

        @Override
        public Annotation getAnnotation() {
            return null;
        }

        @Override
        public String getMessageTemplate() {
            return null;
        }

        @Override
        public Set<Class<?>> getGroups() {
            return Set.of();
        }

        @Override
        public Set<Class<? extends Payload>> getPayload() {
            return Set.of();
        }

        @Override
        public ConstraintTarget getValidationAppliesTo() {
            return ConstraintTarget.IMPLICIT;
        }

        @Override
        public List<Class<? extends ConstraintValidator<Annotation, ?>>> getConstraintValidatorClasses() {
            return List.of();
        }

        @Override
        public Map<String, Object> getAttributes() {
            return Map.of();
        }

        @Override
        public Set<ConstraintDescriptor<?>> getComposingConstraints() {
            return Set.of();
        }

        @Override
        public boolean isReportAsSingleViolation() {
            return false;
        }

        @Override
        public ValidateUnwrappedValue getValueUnwrapping() {
            return ValidateUnwrappedValue.DEFAULT;
        }

        @Override
        public <U> U unwrap(Class<U> type) {
            throw new ValidationException("Cannot unwrap to " + type.getName());
        }
    }
}
