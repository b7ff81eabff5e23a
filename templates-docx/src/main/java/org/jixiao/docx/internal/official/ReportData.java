// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.official;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jixiao.format.ChineseDates;
import org.jixiao.format.NumberingStyle;
import org.jixiao.json.ReportJson;
import org.jixiao.report.BudgetVsActual;
import org.jixiao.report.Cover;
import org.jixiao.report.EvaluatedUnits;
import org.jixiao.report.EvaluationTeam;
import org.jixiao.report.Expenditure;
import org.jixiao.report.KeyProject;
import org.jixiao.report.MeasurableTarget;
import org.jixiao.report.Money;
import org.jixiao.report.MoneyUnit;
import org.jixiao.report.Percent;
import org.jixiao.report.Report;
import org.jixiao.report.Staffing;
import org.jixiao.report.UnitProfile;

/**
 * The data tree the official templates render: the report's JSON tree (same property names) plus
 * the figures computed from it and the sentences composed from them. Every added key is listed in
 * {@code TEMPLATE-SYNTAX.md} under "The report's data". Pure function of the report.
 */
public final class ReportData {
    /** Printed where a rate cannot be computed because its base is zero. */
    static final String NO_RATE = "—";

    private ReportData() {}

    public static Map<String, Object> of(Report report) {
        Map<String, Object> root = ReportJson.toTree(report);
        addMoneyText(root);
        cover(report.cover(), child(root, "cover"));
        profile(report, child(root, "profile"));
        expenditure(report, child(root, "expenditure"));
        selfEvaluation(report, child(root, "selfEvaluation"));
        result(report, child(root, "result"));
        targets(
                report.goals().stream().flatMap(g -> g.targets().stream()).toList(),
                list(root, "goals").stream()
                        .flatMap(g -> list(asMap(g), "targets").stream())
                        .toList());
        Map<String, Object> benefit = child(child(root, "indicatorAnalysis"), "benefit");
        targets(
                report.indicatorAnalysis().benefit().goalAchievement().targets(),
                list(child(benefit, "goalAchievement"), "targets"));
        keyProjects(report.indicatorAnalysis().benefit().keyProjects(), list(benefit, "keyProjects"));
        child(root, "scoreSheet").putAll(ScoreSheetRows.of(report.scoreSheet(), report.result()));
        root.put("outline", outline(report));
        return root;
    }

    private static void cover(Cover cover, Map<String, Object> node) {
        node.put("sealLabel", cover.administrativeLevel().sealLabel());
        child(node, "evaluatedUnits").put("text", unitsText(cover.evaluatedUnits()));
        child(child(node, "basis"), "number").put("text", cover.basis().number().toString());
    }

    private static String unitsText(EvaluatedUnits units) {
        String text = units.unit() + units.scope().wording();
        return units.includedSubordinates().isEmpty() ? text : text + "（" + joined(units.includedSubordinates()) + "）";
    }

    private static void profile(Report report, Map<String, Object> node) {
        UnitProfile profile = report.profile();
        Staffing s = profile.staffing();
        StringBuilder sb = new StringBuilder(report.cover().evaluatedUnits().unit())
                .append("属于")
                .append(profile.unitType().label());
        if (profile.subordinateUnits().isEmpty()) {
            sb.append("，无下属单位。");
        } else {
            sb.append("，下属单位")
                    .append(profile.subordinateUnits().size())
                    .append("个：")
                    .append(joined(profile.subordinateUnits()))
                    .append("。");
        }
        sb.append("机关行政编制").append(s.administrativePosts()).append("名");
        if (s.logisticsPostsIncluded() != null && s.logisticsPostsIncluded() > 0) {
            sb.append("（含后勤人员").append(s.logisticsPostsIncluded()).append("名）");
        }
        sb.append("，事业编制人员")
                .append(s.careerPosts())
                .append("名，财政供给在职人数")
                .append(s.inServiceFunded())
                .append("人，离退休人数")
                .append(s.retirees())
                .append("人。");
        node.put("summary", sb.toString());
        node.put(
                "divisionOfDutiesNumber",
                NumberingStyle.ARABIC_DOT.format(profile.functions().size() + 1));
    }

    private static void expenditure(Report report, Map<String, Object> node) {
        Expenditure e = report.expenditure();
        String rate = rateText(e.differenceRate());
        node.put("differenceRateText", rate);
        node.put(
                "differenceRateSentence",
                report.cover().evaluationYear() + "年度总预算" + e.budget().total() + "，支出决算数"
                        + e.finalAccounts().expenditure() + "，预决算差异率为" + rate + "。");
        Map<String, Object> publicFunds = child(node, "publicFunds");
        budgetVsActual(e.publicFunds(), publicFunds);
        publicFunds.put(
                "sentence",
                "机关运行经费预算数" + e.publicFunds().budget() + "，决算数"
                        + e.publicFunds().actual() + "，公用经费控制率为"
                        + rateText(e.publicFunds().controlRate()) + "，" + savingText(e.publicFunds()) + "。");
        if (e.threePublicExpenses() != null) {
            budgetVsActual(e.threePublicExpenses(), child(node, "threePublicExpenses"));
        }
    }

    private static void budgetVsActual(BudgetVsActual figures, Map<String, Object> node) {
        node.put("controlRateText", rateText(figures.controlRate()));
        node.put("saving", moneyNode(figures.saving().amount(), figures.saving().unit()));
    }

    private static String savingText(BudgetVsActual figures) {
        BigDecimal saving = figures.saving().amount();
        return saving.signum() >= 0
                ? "节约" + figures.saving()
                : "超支" + moneyNode(saving.negate(), figures.saving().unit()).get("text");
    }

    private static void selfEvaluation(Report report, Map<String, Object> node) {
        var work = report.selfEvaluation();
        EvaluationTeam team = work.team();
        Map<String, Object> teamNode = child(node, "team");
        String post = team.leader().post() == null ? "" : team.leader().post();
        child(teamNode, "leader").put("text", post + team.leader().name());
        teamNode.put("membersText", joined(team.members()));
        StringBuilder office = new StringBuilder();
        if (team.office() != null && !team.office().isBlank()) {
            office.append("工作小组下设办公室，设在").append(team.office());
            office.append(team.liaison() != null && !team.liaison().isBlank() ? "，联络员为" + team.liaison() + "。" : "。");
        } else if (team.liaison() != null && !team.liaison().isBlank()) {
            office.append("联络员为").append(team.liaison()).append("。");
        }
        teamNode.put("officeText", office.toString());
        var submission = work.submission();
        String materials = submission.materials().isEmpty() ? "" : "，包括" + joined(submission.materials()) + "等";
        child(node, "submission")
                .put(
                        "text",
                        "我单位于" + ChineseDates.format(submission.date()) + "报送自评材料" + materials
                                + "，并对所报送自评材料的真实性、完整性、一致性、规范性负责。");
        var disclosure = work.disclosure();
        child(node, "disclosure")
                .put(
                        "text",
                        Boolean.TRUE.equals(disclosure.consistent())
                                ? "我单位所报送的自评报告、数据表、评分表与公开的自评报告、数据表、评分表一致。"
                                : "我单位所报送的自评材料与公开的自评材料不一致：" + disclosure.explanation());
    }

    private static void result(Report report, Map<String, Object> node) {
        node.put("grade", report.result().grade().label());
        node.put("score", report.result().score().toPlainString());
    }

    private static void targets(List<MeasurableTarget> targets, List<Object> nodes) {
        for (int i = 0; i < targets.size(); i++) {
            MeasurableTarget t = targets.get(i);
            asMap(nodes.get(i))
                    .put(
                            "text",
                            t.indicator() + "任务数" + t.target().toPlainString() + t.unit() + "，完成"
                                    + t.achieved().toPlainString() + t.unit() + "，完成率" + rateText(t.completionRate())
                                    + "。");
        }
    }

    private static void keyProjects(List<KeyProject> projects, List<Object> nodes) {
        for (int i = 0; i < projects.size(); i++) {
            KeyProject p = projects.get(i);
            Map<String, Object> funds = child(asMap(nodes.get(i)), "funds");
            String arrival = rateText(p.funds().arrivalRate());
            String usage = rateText(p.funds().usageRate());
            funds.put("arrivalRateText", arrival);
            funds.put("usageRateText", usage);
            funds.put(
                    "sentence",
                    "截至" + ChineseDates.format(p.funds().asOf()) + "，" + p.name() + "预算安排"
                            + p.funds().arranged() + "，到位" + p.funds().arrived() + "，实际使用"
                            + p.funds().used()
                            + "，资金到位率" + arrival + "，资金使用率" + usage + "。");
        }
    }

    /** Numbers of the optional top-level sections, so that leaving one out leaves no gap. */
    private static Map<String, Object> outline(Report report) {
        Map<String, Object> outline = new LinkedHashMap<>();
        int next = 6;
        if (!report.resultApplication().isEmpty()) {
            outline.put("resultApplication", NumberingStyle.CHINESE_COMMA.format(next++));
        }
        if (!report.otherMatters().isEmpty()) {
            outline.put("otherMatters", NumberingStyle.CHINESE_COMMA.format(next));
        }
        return outline;
    }

    static String rateText(Optional<Percent> rate) {
        return rate.map(Percent::toString).orElse(NO_RATE);
    }

    private static String joined(List<String> names) {
        return String.join("、", names);
    }

    /** Adds {@code text} (e.g. {@code 4659.17万元}) to every money node {amount, unit} of the tree. */
    @SuppressWarnings("unchecked")
    private static void addMoneyText(Object node) {
        if (node instanceof Map<?, ?> map) {
            if (map.get("amount") instanceof BigDecimal amount && map.get("unit") instanceof String unit) {
                ((Map<String, Object>) map).put("text", new Money(amount, MoneyUnit.valueOf(unit)).toString());
                return;
            }
            map.values().forEach(ReportData::addMoneyText);
        } else if (node instanceof List<?> list) {
            list.forEach(ReportData::addMoneyText);
        }
    }

    static Map<String, Object> moneyNode(BigDecimal amount, MoneyUnit unit) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("amount", amount);
        node.put("unit", unit.name());
        node.put("text", new Money(amount, unit).toString());
        return node;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> asMap(Object node) {
        return (Map<String, Object>) node;
    }

    static Map<String, Object> child(Map<String, Object> node, String key) {
        return asMap(node.get(key));
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Map<String, Object> node, String key) {
        Object value = node.get(key);
        return value == null ? new ArrayList<>() : (List<Object>) value;
    }
}
