// SPDX-License-Identifier: Apache-2.0
package org.jixiao.report.docx.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jixiao.format.ChineseDates;
import org.jixiao.report.BudgetVsActual;
import org.jixiao.report.EvaluatedUnits;
import org.jixiao.report.EvaluationTeam;
import org.jixiao.report.Expenditure;
import org.jixiao.report.KeyProject;
import org.jixiao.report.MaterialSubmission;
import org.jixiao.report.MeasurableTarget;
import org.jixiao.report.Percent;
import org.jixiao.report.Report;
import org.jixiao.report.Staffing;
import org.jixiao.report.UnitProfile;

/**
 * The sentences the report composes from its facts. Each says only what the report gives: a figure
 * that is absent is left out of the sentence, never printed as zero or "none". Pure functions.
 */
final class Sentences {
    /** Printed where a rate cannot be computed because its base is zero. */
    static final String NO_RATE = "—";

    private Sentences() {}

    /** 湛江市坡头区民政局本级及非独立核算的下属单位（…、…）. */
    static String evaluatedUnits(EvaluatedUnits units) {
        String text = units.unit() + (units.scope() == null ? "" : units.scope().wording());
        return units.includedSubordinates().isEmpty() ? text : text + "（" + joined(units.includedSubordinates()) + "）";
    }

    /** 单位性质、下属单位和人员编制: one or two sentences, or empty when the profile gives none of them. */
    static String profileSummary(String unit, UnitProfile profile) {
        StringBuilder sb = new StringBuilder();
        List<String> first = new ArrayList<>();
        if (profile.unitType() != null) {
            first.add(unit + "属于" + profile.unitType().label());
        }
        if (!profile.subordinateUnits().isEmpty()) {
            String subordinates =
                    "下属单位" + profile.subordinateUnits().size() + "个：" + joined(profile.subordinateUnits());
            first.add(first.isEmpty() ? unit + subordinates : subordinates);
        }
        if (!first.isEmpty()) {
            sb.append(String.join("，", first)).append("。");
        }
        if (profile.staffing() != null) {
            sb.append(staffing(profile.staffing()));
        }
        return sb.toString();
    }

    private static String staffing(Staffing s) {
        List<String> parts = new ArrayList<>();
        if (s.internalDivisions() != null) {
            parts.add("内设机构" + s.internalDivisions() + "个");
        }
        if (s.administrativePosts() != null) {
            String logistics = s.logisticsPostsIncluded() != null && s.logisticsPostsIncluded() > 0
                    ? "（含后勤人员" + s.logisticsPostsIncluded() + "名）"
                    : "";
            parts.add("机关行政编制" + s.administrativePosts() + "名" + logistics);
        }
        if (s.careerPosts() != null) {
            parts.add("事业编制人员" + s.careerPosts() + "名");
        }
        if (s.totalPosts() != null && (s.administrativePosts() == null || s.careerPosts() == null)) {
            parts.add("编制总数" + s.totalPosts() + "名");
        }
        if (s.inServiceFunded() != null) {
            parts.add("财政供给在职人数" + s.inServiceFunded() + "人");
        }
        if (s.temporaryStaff() != null) {
            parts.add("临时（编外）人员" + s.temporaryStaff() + "人");
        }
        if (s.retirees() != null) {
            parts.add("离退休人数" + s.retirees() + "人");
        }
        if (parts.isEmpty()) {
            return "";
        }
        String asOf = s.asOf() == null ? "" : "截至" + ChineseDates.format(s.asOf()) + "，";
        return asOf + String.join("，", parts) + "。";
    }

    /** 根据部门预算批复文件，我单位总预算为…。我单位收入决算数为…，支出决算数为…。 */
    static List<String> expenditure(Expenditure e) {
        List<String> sentences = new ArrayList<>();
        var b = e.budget();
        String split = b.basic() != null && b.project() != null ? "，其中：基本支出" + b.basic() + "，项目支出" + b.project() : "";
        var f = e.finalAccounts();
        String finalSplit =
                f.basic() != null && f.project() != null ? "，其中基本支出" + f.basic() + "，项目支出" + f.project() : "";
        String income = f.income() == null
                ? "我单位支出决算数为"
                : "我单位收入决算数为" + f.income()
                        + (e.fiscalAppropriationIncome() == null
                                ? ""
                                : "（其中财政拨款收入" + e.fiscalAppropriationIncome() + "）")
                        + "，支出决算数为";
        String fiscal = f.income() == null && e.fiscalAppropriationIncome() != null
                ? "财政拨款收入" + e.fiscalAppropriationIncome() + "。"
                : "";
        sentences.add(
                "根据部门预算批复文件，我单位总预算为" + b.total() + split + "。" + fiscal + income + f.expenditure() + finalSplit + "。");
        if (e.personnel() != null) {
            sentences.add("基本支出中，人员经费预算数" + e.personnel().budget() + "，决算数"
                    + e.personnel().actual() + "。");
        }
        if (e.previousYear() != null) {
            sentences.add("上年度总预算" + e.previousYear().budget() + "，支出决算数"
                    + e.previousYear().expenditure() + "。");
        }
        return sentences;
    }

    /** 2022年度总预算…，支出决算数…，预决算差异率为…。 */
    static String differenceRate(int year, Expenditure e) {
        return year + "年度总预算" + e.budget().total() + "，支出决算数"
                + e.finalAccounts().expenditure() + "，预决算差异率为" + rate(e.differenceRate()) + "。";
    }

    /** 2022年度预算数…，执行数…，预算执行率为…。 */
    static String executionRate(int year, Expenditure e) {
        return year + "年度预算数" + e.budget().total() + "，执行数" + e.finalAccounts().expenditure() + "，预算执行率为"
                + rate(e.executionRate()) + "。";
    }

    /** 机关运行经费预算数…，决算数…，公用经费控制率为…，节约…。 */
    static String publicFunds(BudgetVsActual f) {
        return "机关运行经费预算数" + f.budget() + "，决算数" + f.actual() + "，公用经费控制率为" + rate(f.controlRate()) + "，" + saving(f)
                + "。";
    }

    /** “三公”经费预算数…，决算数…，“三公”经费控制率为…，节约…。 */
    static String threePublicExpenses(BudgetVsActual f) {
        return "“三公”经费预算数" + f.budget() + "，决算数" + f.actual() + "，“三公”经费控制率为" + rate(f.controlRate()) + "，" + saving(f)
                + "。";
    }

    /** 编制数…名，财政供给在职人数…人，在职人员控制率为…。 */
    static String inServiceControl(Staffing s) {
        return "编制数" + s.authorisedPosts().orElseThrow() + "名，财政供给在职人数" + s.inServiceFunded() + "人，在职人员控制率为"
                + rate(s.inServiceControlRate()) + "。";
    }

    static String saving(BudgetVsActual figures) {
        BigDecimal saving = figures.saving().amount();
        return saving.signum() >= 0
                ? "节约" + figures.saving()
                : "超支"
                        + new org.jixiao.report.Money(
                                saving.negate(), figures.saving().unit());
    }

    /** 在此次自评中，我单位成立绩效评价小组，…任组长，组员有…。工作小组下设办公室，… */
    static String team(EvaluationTeam team) {
        return "在此次自评中，我单位成立绩效评价小组，" + leader(team) + "任组长，组员有" + joined(team.members()) + "。" + office(team);
    }

    static String leader(EvaluationTeam team) {
        return (team.leader().post() == null ? "" : team.leader().post())
                + team.leader().name();
    }

    static String office(EvaluationTeam team) {
        StringBuilder office = new StringBuilder();
        if (team.office() != null && !team.office().isBlank()) {
            office.append("工作小组下设办公室，设在").append(team.office());
            office.append(team.liaison() != null && !team.liaison().isBlank() ? "，联络员为" + team.liaison() + "。" : "。");
        } else if (team.liaison() != null && !team.liaison().isBlank()) {
            office.append("联络员为").append(team.liaison()).append("。");
        }
        return office.toString();
    }

    /** 我单位于…报送自评材料，包括…等，并对所报送自评材料的真实性、完整性、一致性、规范性负责。 */
    static String submission(MaterialSubmission submission) {
        String materials = submission.materials().isEmpty() ? "" : "，包括" + joined(submission.materials()) + "等";
        return "我单位于" + ChineseDates.format(submission.date()) + "报送自评材料" + materials + "，并对所报送自评材料的真实性、完整性、一致性、规范性负责。";
    }

    static String disclosure(org.jixiao.report.Disclosure disclosure) {
        return Boolean.TRUE.equals(disclosure.consistent())
                ? "我单位所报送的自评报告、数据表、评分表与公开的自评报告、数据表、评分表一致。"
                : "我单位所报送的自评材料与公开的自评材料不一致：" + disclosure.explanation();
    }

    /** 经自评，我单位2022年度部门整体支出绩效自评得分94.3分，评价等级为“优”。 (grade computed from the score) */
    static String scoreAndGrade(Report report) {
        return "经自评，我单位" + report.cover().evaluationYear() + "年度部门整体支出绩效自评得分"
                + report.result().score().toPlainString() + "分，评价等级为“"
                + report.result().grade().label() + "”。";
    }

    /** 经自评，我单位2022年度部门整体绩效自评得分96分。 (a grade only where the report states one) */
    static String score(Report report) {
        var result = report.result();
        String grade =
                result.statedGrade() == null ? "" : "，评价等级为“" + result.grade().label() + "”";
        return "经自评，我单位" + report.cover().evaluationYear() + "年度部门整体绩效自评得分"
                + result.score().toPlainString() + "分" + grade + "。";
    }

    /** 2022年全区遗体火化任务数2205具，完成1951具，完成率88.48%。 */
    static String target(MeasurableTarget t) {
        return t.indicator() + "任务数" + t.target().toPlainString() + t.unit() + "，完成"
                + t.achieved().toPlainString() + t.unit() + "，完成率" + rate(t.completionRate()) + "。";
    }

    /** 截至…，…预算安排…，到位…，实际使用…，资金到位率…，资金使用率…。 */
    static String projectFunds(KeyProject p) {
        return "截至" + ChineseDates.format(p.funds().asOf()) + "，" + p.name() + "预算安排"
                + p.funds().arranged() + "，到位"
                + p.funds().arrived() + "，实际使用" + p.funds().used() + "，资金到位率"
                + rate(p.funds().arrivalRate())
                + "，资金使用率" + rate(p.funds().usageRate()) + "。";
    }

    static String rate(Optional<Percent> rate) {
        return rate.map(Percent::toString).orElse(NO_RATE);
    }

    static String joined(List<String> names) {
        return String.join("、", names);
    }
}
