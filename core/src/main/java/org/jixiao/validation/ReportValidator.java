// SPDX-License-Identifier: Apache-2.0
package org.jixiao.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ExpressionLanguageFeatureLevel;
import org.jixiao.internal.validation.Finding;
import org.jixiao.internal.validation.Messages;
import org.jixiao.internal.validation.OutlineRules;
import org.jixiao.internal.validation.ProblemAssembler;
import org.jixiao.internal.validation.ViolationFindings;
import org.jixiao.internal.validation.text.TextRules;
import org.jixiao.outline.Outlines;
import org.jixiao.report.Report;

/**
 * Checks a {@link Report} and returns every problem at once: the model's Jakarta constraints and
 * jixiao's cross-field constraints (run by Hibernate Validator), then the text rules that apply to every
 * string of the report.
 *
 * <p>Build one with {@link #create()} and keep it: it holds one Hibernate Validator
 * {@link ValidatorFactory}, is immutable and thread-safe. Creating one takes a few hundred
 * milliseconds in a fresh JVM, as it also builds the constraint metadata of the whole model; the
 * first validation then costs about what the next ones do. Messages are interpolated with Hibernate
 * Validator's {@code ParameterMessageInterpolator} (no expression language); no text from the report
 * ever goes into a message template. XML configuration ({@code META-INF/validation.xml}) is ignored.
 *
 * <p>"Today", for the rules that forbid dates in the future, is {@code LocalDate.now(clock)}.
 *
 * @since 0.1.0
 */
public final class ReportValidator {

    /** The zone of the budget units this library serves; never the JVM default. */
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final Clock clock;
    private final Outlines outlines;
    private final Messages messages;
    private final ValidatorFactory factory;
    private final Validator validator;

    private ReportValidator(Clock clock, Outlines outlines) {
        this.clock = clock;
        this.outlines = outlines;
        this.messages = new Messages();
        this.factory = Validation.byProvider(HibernateValidator.class)
                // no ServiceLoader lookup: works under any class loader
                .providerResolver(() -> List.of(new HibernateValidator()))
                .configure()
                .ignoreXmlConfiguration()
                .messageInterpolator(messages.interpolator())
                .constraintExpressionLanguageFeatureLevel(ExpressionLanguageFeatureLevel.NONE)
                .customViolationExpressionLanguageFeatureLevel(ExpressionLanguageFeatureLevel.NONE)
                .clockProvider(() -> clock)
                .failFast(/* failFast= */ false)
                .buildValidatorFactory();
        this.validator = factory.getValidator();
        // Builds the constraint metadata now rather than during the first validation: a server's
        // first report is then validated as fast as the next, and a caller may create the validator
        // on one thread while it reads the report on another (the command line does).
        for (Class<?> type : modelTypes()) {
            validator.getConstraintsForClass(type);
        }
    }

    /** {@link Report} and every record type it holds, directly or in lists, in no particular order. */
    static Set<Class<?>> modelTypes() {
        Set<Class<?>> types = new HashSet<>();
        collect(Report.class, types);
        return types;
    }

    private static void collect(Class<?> type, Set<Class<?>> seen) {
        if (!type.isRecord() || !seen.add(type)) {
            return;
        }
        for (RecordComponent component : type.getRecordComponents()) {
            collect(component.getType(), seen);
            if (component.getGenericType() instanceof ParameterizedType generic) {
                for (Type argument : generic.getActualTypeArguments()) {
                    if (argument instanceof Class<?> element) {
                        collect(element, seen);
                    }
                }
            }
        }
    }

    /** A validator whose "today" is the current date in China (Asia/Shanghai). */
    public static ReportValidator create() {
        return create(Clock.system(CHINA));
    }

    /** A validator whose "today" is {@code LocalDate.now(clock)}, in the clock's own zone. */
    public static ReportValidator create(Clock clock) {
        return create(clock, Outlines.builtIn());
    }

    /**
     * A validator whose "today" is {@code LocalDate.now(clock)} and which checks each report against the
     * outline it names among {@code outlines} (an unknown outline is an error).
     *
     * @since 0.2.0
     */
    public static ReportValidator create(Clock clock, Outlines outlines) {
        return new ReportValidator(
                Objects.requireNonNull(clock, "clock"), Objects.requireNonNull(outlines, "outlines"));
    }

    /** The outlines this validator knows. */
    public Outlines outlines() {
        return outlines;
    }

    /** Checks the report; never throws for bad data, only returns it as problems. */
    public ValidationResult validate(Report report) {
        Objects.requireNonNull(report, "report");
        LocalDate today = LocalDate.now(clock);
        List<Finding> findings = new ArrayList<>();
        for (ConstraintViolation<Report> violation : validator.validate(report)) {
            findings.add(ViolationFindings.of(violation, today));
        }
        findings.addAll(TextRules.check(report));
        findings.addAll(OutlineRules.check(report, outlines));
        return new ValidationResult(ProblemAssembler.problems(findings, messages));
    }

    /** The Hibernate Validator factory this validator uses; for tests of its configuration. */
    ValidatorFactory factory() {
        return factory;
    }
}
