// SPDX-License-Identifier: Apache-2.0
/**
 * Part of the public jixiao API: the typed model of the 整体绩效自评报告 (overall performance
 * self-evaluation report) as immutable records. Record component names are the JSON property names.
 * Optional components may be null; lists are never null (null becomes an empty, unmodifiable list).
 * Numbering (一、（一）1.…) is never stored: it is derived from position when rendering.
 *
 * <h2>Building a report from code</h2>
 *
 * <p>Every record of the report has a builder named after it ({@link ReportBuilder}, {@link BudgetBuilder},
 * {@link StaffingBuilder}, …) with one setter per component, named as the component (and as the JSON
 * property). The builder is the way to build a report from code:
 *
 * <pre>{@code
 * Budget budget = BudgetBuilder.builder()
 *         .total(Money.tenThousandYuan("4,659.17"))
 *         .basic(Money.tenThousandYuan("1,980.09"))
 *         .project(Money.tenThousandYuan("2,679.08"))
 *         .build();
 * }</pre>
 *
 * <p>Why builders: 24 of the 44 records put two arguments of the same type side by side
 * ({@code Budget(total, basic, project)}, {@code Staffing(Integer × 8, asOf)}, {@code ProjectFunds(asOf,
 * arranged, arrived, used, …)}), and a positional call that swaps two of them compiles and may
 * validate: 基本支出 and 项目支出 swapped still add up to 总预算. A setter names its argument, so a swap
 * cannot be written by accident; a distinct type per figure would have changed every constructor and the
 * JSON mapping for the same gain. Where the data has redundancy, validation catches a swap as well:
 * 其中后勤人员 above 行政编制 is an error, 到位 above 预算安排 and 支出 above 到位 are warnings, and so is a
 * 基本支出 that differs from 人员经费 + 公用经费 when both are given. A setter not called leaves its component null (a list
 * empty), as an absent JSON property does, and {@code build()} calls the canonical constructor, so a built
 * record equals the one read from the same JSON. The canonical constructors stay public: Jackson and
 * existing code use them.
 *
 * <p>The builders are generated at compile time from the records (by record-builder, whose annotations
 * are not retained: the jar has no dependency on it). A builder is mutable and not thread-safe; the
 * record it builds is immutable.
 */
@RecordBuilder.Include({
    AssetManagement.class,
    Budget.class,
    BudgetBenefit.class,
    BudgetExecution.class,
    BudgetPreparation.class,
    BudgetSupervision.class,
    BudgetVsActual.class,
    Cover.class,
    CoverDate.class,
    Disclosure.class,
    DocumentInfo.class,
    DocumentNumber.class,
    EvaluatedUnits.class,
    EvaluationTeam.class,
    Expenditure.class,
    ExtraSection.class,
    FinalAccounts.class,
    GoalAchievement.class,
    Improvement.class,
    IndicatorAnalysis.class,
    InformationDisclosure.class,
    Item.class,
    KeyProject.class,
    MaterialSubmission.class,
    MeasurableTarget.class,
    Money.class,
    Notice.class,
    PerformanceGoal.class,
    PreparationAccuracy.class,
    PreviousYear.class,
    PrimaryIndicator.class,
    ProjectFunds.class,
    Report.class,
    ScoreSheet.class,
    SecondaryIndicator.class,
    SectionText.class,
    SelfEvaluationConduct.class,
    SelfEvaluationResult.class,
    SelfEvaluationWork.class,
    Staffing.class,
    Table.class,
    TeamMember.class,
    TertiaryIndicator.class,
    UnitProfile.class
})
@RecordBuilder.Options(
        // No positional static factory: it would bring back the swap the builders are there to prevent.
        addStaticBuilder = false,
        enableWither = false,
        enableGetters = false,
        inheritComponentAnnotations = false,
        builderClassModifiers = Modifier.FINAL,
        fileComment =
                "SPDX-License-Identifier: Apache-2.0\nGenerated at compile time from the record of the same name.")
package org.jixiao.report;

import io.soabase.recordbuilder.core.RecordBuilder;
import javax.lang.model.element.Modifier;
