// SPDX-License-Identifier: Apache-2.0
package org.jixiao.report;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jixiao.validation.constraints.DeadlineNotBeforeFilling;
import org.jixiao.validation.constraints.FundsDateInRange;
import org.jixiao.validation.constraints.ScoreMatchesScoreSheet;
import org.jixiao.validation.constraints.SubmissionNotBeforeFilling;

/**
 * 整体绩效自评报告: a budget unit's overall performance self-evaluation report for one year, with its
 * 评分表 (score sheet). The report names its {@link #outline() outline} — the structure its finance
 * bureau prescribes — and holds the facts (typed components) and the unit's own words
 * ({@link #document()}, {@link #sections()}, {@link #extraSections()}). Which components a report must
 * fill is the outline's choice: validation requires what the outline prints, and rendering prints
 * nothing that is absent.
 *
 * @param schemaVersion the version of this JSON format the report is written in (optional; absent
 *     means the first); a version newer than this library's is an error
 * @param description free note about this data (never printed), e.g. where it came from
 * @param outline id of the outline (参考提纲) the report follows, e.g. {@code hubei-short}; absent means
 *     {@code guangdong-district}
 * @param document the unit's own title, document type and opening (optional)
 * @param cover 封面信息与评价依据: cover block and the notice the evaluation answers
 * @param profile 单位机构设置、部门职能情况
 * @param keyTasks 年度总体工作和重点工作任务
 * @param goals 部门整体支出绩效目标
 * @param expenditure 部门整体支出情况
 * @param selfEvaluation 自评工作开展情况
 * @param result 自评结果
 * @param indicatorAnalysis 部门整体支出绩效指标分析, in the Guangdong structure (optional: when the
 *     score sheet carries analysis or measures, the analysis follows the score sheet's tree instead,
 *     and only this component's key-project figures are used)
 * @param problems 存在的问题及原因分析
 * @param improvements 改进措施（整改措施和完成时限）
 * @param resultApplication 绩效自评结果应用
 * @param otherMatters 其他需要说明的事项
 * @param scoreSheet 评分表 (部门整体支出绩效自评表)
 * @param sections the unit's own text and headings for sections of its outline, by section id
 * @param extraSections sections the outline does not have, each placed after or under one it has
 * @param attachments the unit's own attachment list (附件：1.…), replacing the one derived from the
 *     outline's attachments (optional)
 */
@ScoreMatchesScoreSheet
@SubmissionNotBeforeFilling
@FundsDateInRange
@DeadlineNotBeforeFilling
public record Report(
        @Min(1) Integer schemaVersion,
        String description,
        String outline,
        @Valid DocumentInfo document,
        @NotNull @Valid Cover cover,
        @Valid UnitProfile profile,
        List<@NotNull @Valid Item> keyTasks,
        List<@NotNull @Valid PerformanceGoal> goals,
        @Valid Expenditure expenditure,
        @Valid SelfEvaluationWork selfEvaluation,
        @Valid SelfEvaluationResult result,
        @Valid IndicatorAnalysis indicatorAnalysis,
        List<@NotNull @Valid Item> problems,
        List<@NotNull @Valid Improvement> improvements,
        List<@NotBlank String> resultApplication,
        List<@NotBlank String> otherMatters,
        @Valid ScoreSheet scoreSheet,
        Map<@NotBlank String, @NotNull @Valid SectionText> sections,
        List<@NotNull @Valid ExtraSection> extraSections,
        List<@NotBlank String> attachments) {

    /** The newest {@link #schemaVersion()} this library reads and writes. */
    public static final int SCHEMA_VERSION = 2;

    public Report {
        keyTasks = Lists.copy(keyTasks);
        goals = Lists.copy(goals);
        problems = Lists.copy(problems);
        improvements = Lists.copy(improvements);
        resultApplication = Lists.copy(resultApplication);
        otherMatters = Lists.copy(otherMatters);
        sections = sections == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(sections));
        extraSections = Lists.copy(extraSections);
        attachments = Lists.copy(attachments);
    }

    /**
     * A report in the Guangdong outline, as version 1 of the format had it: every component of that
     * outline, none of the unit's own structure.
     */
    public Report(
            String description,
            Cover cover,
            UnitProfile profile,
            List<Item> keyTasks,
            List<PerformanceGoal> goals,
            Expenditure expenditure,
            SelfEvaluationWork selfEvaluation,
            SelfEvaluationResult result,
            IndicatorAnalysis indicatorAnalysis,
            List<Item> problems,
            List<Improvement> improvements,
            List<String> resultApplication,
            List<String> otherMatters,
            ScoreSheet scoreSheet) {
        this(
                null,
                description,
                null,
                null,
                cover,
                profile,
                keyTasks,
                goals,
                expenditure,
                selfEvaluation,
                result,
                indicatorAnalysis,
                problems,
                improvements,
                resultApplication,
                otherMatters,
                scoreSheet,
                null,
                null,
                null);
    }

    /** 附件2 部门整体支出绩效自评数据表, derived from the rest of the report. */
    public DataSheet dataSheet() {
        return DataSheet.of(this);
    }

    /** The unit's own text for a section of its outline, if it gives any. */
    public Optional<SectionText> section(String sectionId) {
        return Optional.ofNullable(sections.get(sectionId));
    }
}
