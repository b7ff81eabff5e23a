// SPDX-License-Identifier: Apache-2.0
package org.jixiao.report.docx.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.format.ChineseDates;
import org.jixiao.format.NumberingStyle;
import org.jixiao.internal.json.ReportTree;
import org.jixiao.outline.Attachment;
import org.jixiao.outline.CoverLine;
import org.jixiao.outline.Outline;
import org.jixiao.report.BudgetVsActual;
import org.jixiao.report.Cover;
import org.jixiao.report.DocumentType;
import org.jixiao.report.EvaluationTeam;
import org.jixiao.report.Expenditure;
import org.jixiao.report.KeyProject;
import org.jixiao.report.MeasurableTarget;
import org.jixiao.report.Money;
import org.jixiao.report.MoneyUnit;
import org.jixiao.report.Report;
import org.jixiao.report.UnitProfile;

/**
 * The data tree the official templates render: the report's JSON tree (same property names) plus
 * the figures computed from it and the sentences composed from them, and — for the official
 * template — the document laid out in the report's outline ({@code document}: title, cover lines,
 * opening, attachment pages; {@code body}: the blocks of {@link ReportBody}). Every added key is
 * listed in {@code TEMPLATE-SYNTAX.md} under "The report's data". Pure function of the report and
 * its outline. Figures the report does not give are absent from the tree, never zero.
 */
public final class ReportData {
    private ReportData() {}

    /** The data of {@code report}, laid out in {@code outline} (the one the report names). */
    public static Map<String, Object> of(Report report, Outline outline) {
        Map<String, Object> root = ReportTree.of(report);
        addMoneyText(root);
        cover(report.cover(), child(root, "cover"));
        if (report.profile() != null) {
            profile(report, child(root, "profile"));
        }
        if (report.expenditure() != null) {
            expenditure(report, child(root, "expenditure"));
        }
        if (report.selfEvaluation() != null) {
            selfEvaluation(report, child(root, "selfEvaluation"));
        }
        if (report.result() != null) {
            result(report, child(root, "result"));
        }
        targets(
                report.goals().stream().flatMap(g -> g.targets().stream()).toList(),
                list(root, "goals").stream()
                        .flatMap(g -> list(asMap(g), "targets").stream())
                        .toList());
        if (report.indicatorAnalysis() != null) {
            Map<String, Object> benefit = child(child(root, "indicatorAnalysis"), "benefit");
            targets(
                    report.indicatorAnalysis().benefit().goalAchievement().targets(),
                    list(child(benefit, "goalAchievement"), "targets"));
            keyProjects(report.indicatorAnalysis().benefit().keyProjects(), list(benefit, "keyProjects"));
        }
        if (report.scoreSheet() != null && report.result() != null) {
            child(root, "scoreSheet").putAll(ScoreSheetRows.of(report.scoreSheet(), report.result()));
        }
        root.put("outline", outline(report, outline));
        root.put("document", document(report, outline));
        root.put("body", ReportBody.of(report, outline));
        return root;
    }

    /** Whether the document of {@code report} in {@code outline} has attachment pages (评分表, 数据表). */
    public static boolean hasAttachmentPages(Report report, Outline outline) {
        return !ReportBody.attachmentPages(report, outline).isEmpty();
    }

    private static Map<String, Object> document(Report report, Outline outline) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("title", title(report, outline));
        node.put("coverLines", coverLines(report, outline));
        node.put("opening", opening(report, outline));
        Cover c = report.cover();
        node.put(
                "unitName",
                c.sealingUnit() != null && !c.sealingUnit().isBlank()
                        ? c.sealingUnit()
                        : c.evaluatedUnits().unit());
        List<Attachment> pages = ReportBody.attachmentPages(report, outline);
        node.put("attachmentPages", !pages.isEmpty());
        for (int i = 0; i < pages.size(); i++) {
            Map<String, Object> page = new LinkedHashMap<>();
            // GB/T 9704-2012 7.3.6: a single attachment is labelled 附件 without a number
            page.put("label", pages.size() == 1 ? "附件" : "附件" + (i + 1));
            page.put("title", pages.get(i).title());
            if (pages.get(i) == Attachment.DATA_SHEET) {
                page.put("rows", DataSheetRows.of(report));
            }
            node.put(pages.get(i) == Attachment.SCORE_SHEET ? "scoreSheet" : "dataSheet", page);
        }
        return node;
    }

    private static String title(Report report, Outline outline) {
        var doc = report.document();
        if (doc != null && doc.title() != null && !doc.title().isBlank()) {
            return doc.title();
        }
        String title = outline.title();
        if (doc != null && doc.documentType() != null && title.endsWith(DocumentType.SELF_EVALUATION_REPORT.label())) {
            return title.substring(
                            0,
                            title.length()
                                    - DocumentType.SELF_EVALUATION_REPORT
                                            .label()
                                            .length())
                    + doc.documentType().label();
        }
        return title;
    }

    private static List<Object> coverLines(Report report, Outline outline) {
        Cover c = report.cover();
        List<Object> lines = new ArrayList<>();
        for (CoverLine line : outline.cover()) {
            switch (line) {
                case EVALUATION_YEAR -> lines.add("评价年度：" + c.evaluationYear() + "年度");
                case EVALUATED_UNITS -> lines.add("评价单位：" + Sentences.evaluatedUnits(c.evaluatedUnits()));
                case SEAL -> {
                    if (c.administrativeLevel() != null && c.sealingUnit() != null) {
                        lines.add(c.administrativeLevel().sealLabel() + "：" + c.sealingUnit());
                    }
                }
                case FILLING_DATE -> {
                    if (c.fillingDate() != null) {
                        lines.add("填报日期：" + ChineseDates.format(c.fillingDate()));
                    }
                }
                case OTHER_DATES -> c.dates().forEach(d -> lines.add(d.label() + "：" + ChineseDates.format(d.date())));
            }
        }
        return lines;
    }

    private static List<Object> opening(Report report, Outline outline) {
        var doc = report.document();
        if (doc != null && !doc.opening().isEmpty()) {
            return new ArrayList<>(doc.opening());
        }
        Cover c = report.cover();
        if (!outline.hasStandardOpening() || c.basis() == null) {
            return new ArrayList<>();
        }
        String kind =
                doc != null && doc.documentType() != null ? doc.documentType().label() : "评价报告";
        return new ArrayList<>(List.of("根据《" + c.basis().title() + "》（"
                + c.basis().number() + "）要求，我单位及时布置自评，"
                + "成立自评工作小组，明确分工，落实责任，认真开展自评自查工作，经查阅、核实有关账务及项目等执行情况，填写自评表格并综合分析，形成本"
                + kind + "。现将" + c.evaluationYear() + "年度" + c.evaluatedUnits().unit() + "整体绩效自我评价报告如下："));
    }

    private static void cover(Cover cover, Map<String, Object> node) {
        if (cover.administrativeLevel() != null) {
            node.put("sealLabel", cover.administrativeLevel().sealLabel());
        }
        child(node, "evaluatedUnits").put("text", Sentences.evaluatedUnits(cover.evaluatedUnits()));
        if (cover.basis() != null) {
            child(child(node, "basis"), "number")
                    .put("text", cover.basis().number().toString());
        }
    }

    private static void profile(Report report, Map<String, Object> node) {
        UnitProfile profile = report.profile();
        node.put(
                "summary",
                Sentences.profileSummary(report.cover().evaluatedUnits().unit(), profile));
        node.put(
                "divisionOfDutiesNumber",
                NumberingStyle.ARABIC_DOT.format(profile.functions().size() + 1));
    }

    private static void expenditure(Report report, Map<String, Object> node) {
        Expenditure e = report.expenditure();
        node.put("differenceRateText", Sentences.rate(e.differenceRate()));
        node.put(
                "differenceRateSentence",
                Sentences.differenceRate(report.cover().evaluationYear(), e));
        node.put("executionRateText", Sentences.rate(e.executionRate()));
        node.put("executionRateSentence", Sentences.executionRate(report.cover().evaluationYear(), e));
        if (e.publicFunds() != null) {
            Map<String, Object> publicFunds = child(node, "publicFunds");
            budgetVsActual(e.publicFunds(), publicFunds);
            publicFunds.put("sentence", Sentences.publicFunds(e.publicFunds()));
        }
        if (e.threePublicExpenses() != null) {
            budgetVsActual(e.threePublicExpenses(), child(node, "threePublicExpenses"));
        }
    }

    private static void budgetVsActual(BudgetVsActual figures, Map<String, Object> node) {
        node.put("controlRateText", Sentences.rate(figures.controlRate()));
        node.put("saving", moneyNode(figures.saving().amount(), figures.saving().unit()));
    }

    private static void selfEvaluation(Report report, Map<String, Object> node) {
        var work = report.selfEvaluation();
        EvaluationTeam team = work.team();
        if (team != null) {
            Map<String, Object> teamNode = child(node, "team");
            child(teamNode, "leader").put("text", Sentences.leader(team));
            teamNode.put("membersText", Sentences.joined(team.members()));
            teamNode.put("officeText", Sentences.office(team));
        }
        if (work.submission() != null) {
            child(node, "submission").put("text", Sentences.submission(work.submission()));
        }
        if (work.disclosure() != null) {
            child(node, "disclosure").put("text", Sentences.disclosure(work.disclosure()));
        }
    }

    private static void result(Report report, Map<String, Object> node) {
        node.put("grade", report.result().grade().label());
        node.put("score", report.result().score().toPlainString());
    }

    private static void targets(List<MeasurableTarget> targets, List<Object> nodes) {
        for (int i = 0; i < targets.size(); i++) {
            asMap(nodes.get(i)).put("text", Sentences.target(targets.get(i)));
        }
    }

    private static void keyProjects(List<KeyProject> projects, List<Object> nodes) {
        for (int i = 0; i < projects.size(); i++) {
            KeyProject p = projects.get(i);
            Map<String, Object> funds = child(asMap(nodes.get(i)), "funds");
            funds.put("arrivalRateText", Sentences.rate(p.funds().arrivalRate()));
            funds.put("usageRateText", Sentences.rate(p.funds().usageRate()));
            funds.put("sentence", Sentences.projectFunds(p));
        }
    }

    /**
     * The outline's id and name, and — for templates written for the Guangdong outline — the numbers
     * of its optional sections 六、七, so that leaving one out leaves no gap.
     */
    private static Map<String, Object> outline(Report report, Outline outline) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("id", outline.id());
        node.put("name", outline.name());
        int next = 6;
        if (!report.resultApplication().isEmpty()) {
            node.put("resultApplication", NumberingStyle.CHINESE_COMMA.format(next++));
        }
        if (!report.otherMatters().isEmpty()) {
            node.put("otherMatters", NumberingStyle.CHINESE_COMMA.format(next));
        }
        return node;
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
