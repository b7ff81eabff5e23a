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
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ExpressionLanguageFeatureLevel;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.jixiao.internal.validation.Finding;
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
 * first validation then costs about what the next ones do. Messages are written from jixiao's bundle
 * {@code ContributorValidationMessages} with {@code {name}} parameters only (no expression language);
 * no text from the report ever goes into a message. XML configuration ({@code META-INF/validation.xml})
 * is ignored.
 *
 * <p>Two kinds of rule run here. The <b>constraint-based rules</b> are Jakarta constraints on the model's
 * records — the standard ones ({@code @NotNull}, {@code @Size}, {@code @DecimalMin}, {@code @Digits},
 * {@code @Pattern}, {@code @PastOrPresent}, …; codes {@code required}, {@code size}, {@code min},
 * {@code max}, {@code digits}, {@code pattern}, {@code date.future}, {@code invalid}) and jixiao's own in
 * {@link org.jixiao.validation.constraints} — so any Jakarta Validator finds them on a
 * {@code @Valid Report}, and {@link #problemsOf} words its violations exactly as this class does. The
 * <b>plain-Java rules</b>, whose codes are {@link #PLAIN_JAVA_CODES}, run only in {@link #validate}: the
 * text rules on every string, the outline rules, and the checks of stated figures against each other
 * that no single record can make.
 *
 * <p>"Today", for the rules that forbid dates in the future, is {@code LocalDate.now(clock)}.
 *
 * @since 0.1.0
 */
public final class ReportValidator {

    /**
     * The codes of the plain-Java rules: problems that {@link #validate} finds and a Jakarta Validator on a
     * {@code @Valid Report} never does. Every other code is a constraint's.
     *
     * @since 0.3.0
     */
    public static final Set<String> PLAIN_JAVA_CODES = Set.of(
            "outline.unknown",
            "outline.section-missing",
            "outline.cover-line-missing",
            "outline.unknown-section",
            "outline.extra-section-place",
            "outline.extra-section-id",
            "outline.opening-basis",
            "outline.measure-data",
            "outline.analysis-unused",
            "schema.version",
            "staffing.total-mismatch",
            "staffing.as-of-outside-year",
            "staffing.logistics-above-administrative",
            "expenditure.basic-split",
            "expenditure.difference-unexplained",
            "expenditure.public-funds-over-budget",
            "text.illegal-character",
            "text.bidi-control",
            "text.too-long",
            "text.manual-numbering",
            "text.document-number-brackets",
            "text.repeated-paragraph",
            "text.outline-instruction",
            "text.half-width-punctuation",
            "text.variant-character",
            "text.repeated-numbering",
            "text.stray-space",
            "text.repeated-word",
            "text.rate-mismatch");

    /** The zone of the budget units this library serves; never the JVM default. */
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final Clock clock;
    private final Outlines outlines;
    private final ValidatorFactory factory;
    private final Validator validator;

    private ReportValidator(Clock clock, Outlines outlines) {
        this.clock = clock;
        this.outlines = outlines;
        this.factory = Validation.byProvider(HibernateValidator.class)
                // no ServiceLoader lookup: works under any class loader
                .providerResolver(() -> List.of(new HibernateValidator()))
                .configure()
                .ignoreXmlConfiguration()
                // The problems' messages are written from the violations' details (Messages). Hibernate
                // Validator still interpolates its own, without expression language: two violations with
                // the same template and path (two rows too wide) differ only in their interpolated message,
                // and a Set of violations would otherwise keep one.
                .messageInterpolator(new ParameterMessageInterpolator(
                        Set.of(Locale.ROOT), Locale.ROOT, /* preloadResourceBundles= */ false))
                .constraintExpressionLanguageFeatureLevel(ExpressionLanguageFeatureLevel.NONE)
                .customViolationExpressionLanguageFeatureLevel(ExpressionLanguageFeatureLevel.NONE)
                .clockProvider(() -> clock)
                .failFast(/* failFast= */ false)
                .buildValidatorFactory();
        this.validator = factory.getValidator();
        // Builds the constraint metadata now rather than during the first validation: a server's
        // first report is then validated as fast as the next, and a caller may create the validator
        // on one thread while it reads the report on another (the command line does). A factory scoped
        // to these types (PredefinedScopeHibernateValidator) loads about 170 classes fewer but measured no
        // faster cold (create, read and first validation: median 834 against 813 ms of main-thread CPU,
        // 12 runs each; benchmarks README, start-up decisions), so the standard provider stays.
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
        return new ValidationResult(ProblemAssembler.problems(findings));
    }

    /**
     * The problems of violations that another Jakarta Validator found in a {@link Report} — a host
     * application's {@code @Valid Report}, validated by its own Hibernate Validator — worded, coded and
     * ordered exactly as {@link #validate} words the same violations; "today" in a message is this
     * validator's. Only the constraint-based rules are there: the plain-Java rules listed in the class
     * comment run in {@link #validate} alone.
     *
     * @param violations violations whose root bean is a {@code Report} (their paths start at the report)
     * @throws IllegalArgumentException when a violation's root bean is not a {@code Report}
     * @since 0.3.0
     */
    public ValidationResult problemsOf(Collection<? extends ConstraintViolation<?>> violations) {
        LocalDate today = LocalDate.now(clock);
        List<Finding> findings = new ArrayList<>();
        for (ConstraintViolation<?> violation : violations) {
            if (!(violation.getRootBean() instanceof Report)) {
                throw new IllegalArgumentException("not a violation of a Report: " + violation.getRootBeanClass());
            }
            findings.add(ViolationFindings.of(violation, today));
        }
        return new ValidationResult(ProblemAssembler.problems(findings));
    }

    /** The Hibernate Validator factory this validator uses; for tests of its configuration. */
    ValidatorFactory factory() {
        return factory;
    }
}
