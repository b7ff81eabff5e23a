// SPDX-License-Identifier: Apache-2.0
package org.jixiao.report.docx.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.format.ChineseDates;
import org.jixiao.format.NumberingStyle;
import org.jixiao.internal.outline.ContentPresence;
import org.jixiao.internal.outline.SectionTree;
import org.jixiao.outline.Attachment;
import org.jixiao.outline.Content;
import org.jixiao.outline.ItemLook;
import org.jixiao.outline.Outline;
import org.jixiao.report.Improvement;
import org.jixiao.report.IndicatorAnalysis;
import org.jixiao.report.Item;
import org.jixiao.report.KeyProject;
import org.jixiao.report.MeasurableTarget;
import org.jixiao.report.PerformanceGoal;
import org.jixiao.report.PrimaryIndicator;
import org.jixiao.report.Report;
import org.jixiao.report.SecondaryIndicator;
import org.jixiao.report.SectionText;
import org.jixiao.report.Table;
import org.jixiao.report.TertiaryIndicator;

/**
 * The body of the document as a list of blocks for the official template's {@code {{#body}}} loop:
 * the report's sections in its outline's order, each heading numbered from its level (so a section
 * left out renumbers the rest), then what the outline computes for it and the unit's own text. An
 * optional section with nothing to print prints nothing, not even its heading.
 *
 * <p>Each block is a map with one kind key — {@code h1}…{@code h4} (heading levels), {@code p} (body
 * text), {@code bold}, {@code caption}, {@code blank}, {@code attachmentFirst}, {@code attachmentNext},
 * {@code signature}, {@code expenditureTable}, {@code teamTable}, {@code fundsTable}, {@code table2}…
 * {@code table8} — and its {@code text} or table data. The report must be valid for the outline.
 */
final class ReportBody {
    private final Report report;
    private final Outline outline;
    private final List<Map<String, Object>> blocks = new ArrayList<>();
    private final int[] counters = new int[64];
    private int tableNumber;

    private ReportBody(Report report, Outline outline) {
        this.report = report;
        this.outline = outline;
    }

    /** The blocks of {@code report}'s body in {@code outline}. */
    static List<Map<String, Object>> of(Report report, Outline outline) {
        ReportBody body = new ReportBody(report, outline);
        body.sections(SectionTree.of(outline, report).roots(), 1);
        if (outline.attachmentListAfter() == null) {
            body.attachmentList();
        }
        body.signature();
        return body.blocks;
    }

    /** The titles of the attachments the document lists: the report's own list, else the outline's that have data. */
    static List<String> attachmentTitles(Report report, Outline outline) {
        if (!report.attachments().isEmpty()) {
            return report.attachments();
        }
        return attachmentPages(report, outline).stream().map(Attachment::title).toList();
    }

    /** The outline's attachments for which the report has data: these get pages of their own. */
    static List<Attachment> attachmentPages(Report report, Outline outline) {
        return outline.attachments().stream()
                .filter(a -> switch (a) {
                    case SCORE_SHEET -> report.scoreSheet() != null && report.result() != null;
                    case DATA_SHEET -> report.expenditure() != null;
                })
                .toList();
    }

    private void sections(List<SectionTree.Node> nodes, int level) {
        for (SectionTree.Node node : nodes) {
            if (!printable(node)) {
                continue;
            }
            SectionText own = node.isExtra()
                    ? node.extra().text()
                    : report.section(node.id()).orElse(null);
            String heading = node.isExtra()
                    ? node.extra().heading()
                    : own != null && own.heading() != null
                            ? own.heading()
                            : node.section().heading();
            heading(level, heading);
            ItemLook look = node.isExtra() ? ItemLook.BODY : node.section().itemLook();
            if (!node.isExtra()) {
                for (Content c : node.section().content()) {
                    if (ContentPresence.has(c, report)) {
                        content(c, level, look);
                    }
                }
            }
            if (own != null) {
                narrative(own, level, look);
            }
            sections(node.children(), level + 1);
            if (node.id() != null && node.id().equals(outline.attachmentListAfter())) {
                attachmentList();
            }
        }
    }

    private boolean printable(SectionTree.Node node) {
        if (node.isExtra() || ContentPresence.hasOwnText(node.section(), report)) {
            return true;
        }
        for (SectionTree.Node child : node.children()) {
            if (printable(child)) {
                return true;
            }
        }
        return false;
    }

    private void content(Content content, int level, ItemLook look) {
        int year = report.cover().evaluationYear();
        switch (content) {
            case STAFFING -> {
                paragraph(
                        Sentences.profileSummary(report.cover().evaluatedUnits().unit(), report.profile()));
                paragraphs(report.profile().overview());
            }
            case FUNCTIONS -> functions(level + 1, look);
            case KEY_TASKS -> items(report.keyTasks(), level + 1, look);
            case GOALS -> goals(level + 1, look);
            case EXPENDITURE -> expenditure();
            case EXECUTION -> paragraph(Sentences.executionRate(year, report.expenditure()));
            case TEAM -> {
                var team = report.selfEvaluation().team();
                paragraph(Sentences.team(team));
                paragraphs(team.duties());
                caption("绩效评价小组");
                add("teamTable", Boolean.TRUE);
            }
            case PROCESS -> paragraphs(report.selfEvaluation().process());
            case SUBMISSION -> {
                paragraph(Sentences.submission(report.selfEvaluation().submission()));
                paragraphs(report.selfEvaluation().submission().quality());
            }
            case DISCLOSURE -> paragraph(
                    Sentences.disclosure(report.selfEvaluation().disclosure()));
            case RESULT -> {
                paragraphs(report.result().conclusion());
                paragraph(Sentences.scoreAndGrade(report));
                items(report.result().achievements(), level + 1, look);
            }
            case SCORE -> paragraph(Sentences.score(report));
            case INDICATOR_ANALYSIS -> {
                if (ContentPresence.hasTreeAnalysis(report)) {
                    scoreSheetTree(level + 1);
                } else {
                    new GuangdongAnalysis().write(report.indicatorAnalysis(), level + 1);
                }
            }
            case PROBLEMS -> items(report.problems(), level + 1, look);
            case IMPROVEMENTS -> improvements(level + 1, look);
            case RESULT_APPLICATION -> paragraphs(report.resultApplication());
            case OTHER_MATTERS -> paragraphs(report.otherMatters());
        }
    }

    private void functions(int level, ItemLook look) {
        var profile = report.profile();
        paragraph("主要职能是：");
        items(profile.functions(), level, look);
        if (!profile.divisionOfDuties().isEmpty()) {
            paragraph(number(level, profile.functions().size() + 1) + "职责分工：");
            for (int i = 0; i < profile.divisionOfDuties().size(); i++) {
                item(profile.divisionOfDuties().get(i), level + 1, i + 1, look == ItemLook.HEADINGS);
            }
        }
    }

    private void goals(int level, ItemLook look) {
        List<PerformanceGoal> goals = report.goals();
        for (int i = 0; i < goals.size(); i++) {
            PerformanceGoal g = goals.get(i);
            title(level, number(level, i + 1) + g.title(), look != ItemLook.BODY);
            paragraphs(g.paragraphs());
            for (int j = 0; j < g.subItems().size(); j++) {
                item(g.subItems().get(j), level + 1, j + 1, look == ItemLook.HEADINGS);
            }
            targets(g.targets());
        }
    }

    private void targets(List<MeasurableTarget> targets) {
        for (MeasurableTarget t : targets) {
            paragraph(Sentences.target(t));
        }
    }

    private void expenditure() {
        var e = report.expenditure();
        paragraphs(Sentences.expenditure(e));
        caption("部门整体支出情况");
        boolean split = e.budget().basic() != null
                && e.budget().project() != null
                && e.finalAccounts().basic() != null
                && e.finalAccounts().project() != null;
        if (split) {
            add("expenditureTable", Boolean.TRUE);
        } else {
            table(
                    List.of("项目", "金额"),
                    List.of(
                            List.of("总预算", e.budget().total().toString()),
                            List.of("支出决算", e.finalAccounts().expenditure().toString()),
                            List.of("预决算差异率", Sentences.rate(e.differenceRate()))));
        }
    }

    private void improvements(int level, ItemLook look) {
        List<Improvement> list = report.improvements();
        for (int i = 0; i < list.size(); i++) {
            Improvement m = list.get(i);
            title(level, number(level, i + 1) + m.measure(), look != ItemLook.BODY);
            paragraphs(m.paragraphs());
            if (m.deadline() != null) {
                paragraph("完成时限：" + ChineseDates.format(m.deadline()) + "。");
            }
        }
    }

    /** The indicator analysis walking the score sheet: 一级 → 二级 → the 三级 with a figure or analysis. */
    private void scoreSheetTree(int level) {
        for (PrimaryIndicator p : report.scoreSheet().indicators()) {
            heading(level, p.name());
            paragraphs(p.analysis());
            for (SecondaryIndicator s : p.indicators()) {
                List<TertiaryIndicator> said = s.indicators().stream()
                        .filter(t -> t.measure() != null || !t.analysis().isEmpty())
                        .toList();
                if (s.analysis().isEmpty() && said.isEmpty()) {
                    continue;
                }
                heading(level + 1, s.name());
                paragraphs(s.analysis());
                for (int k = 0; k < said.size(); k++) {
                    TertiaryIndicator t = said.get(k);
                    List<String> figures = t.measure() == null ? List.of() : MeasureSentences.of(t.measure(), report);
                    String first = figures.isEmpty() ? "" : figures.get(0);
                    paragraph(number(level + 2, k + 1) + t.name() + "。" + first);
                    paragraphs(figures.subList(Math.min(1, figures.size()), figures.size()));
                    paragraphs(t.analysis());
                }
            }
        }
    }

    private void narrative(SectionText own, int level, ItemLook look) {
        paragraphs(own.paragraphs());
        items(own.items(), level + 1, look);
        for (Table t : own.tables()) {
            if (t.caption() != null && !t.caption().isBlank()) {
                caption(t.caption());
            }
            table(t.header(), t.rows());
        }
    }

    private void items(List<Item> items, int level, ItemLook look) {
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            title(level, number(level, i + 1) + item.title(), look != ItemLook.BODY);
            paragraphs(item.paragraphs());
            for (int j = 0; j < item.subItems().size(); j++) {
                item(item.subItems().get(j), level + 1, j + 1, look == ItemLook.HEADINGS);
            }
        }
    }

    private void item(Item item, int level, int n, boolean asHeading) {
        title(level, number(level, n) + item.title(), asHeading);
        paragraphs(item.paragraphs());
    }

    private String number(int level, int n) {
        return outline.numberingStyle(level).format(n);
    }

    private void heading(int level, String text) {
        counters[level]++;
        for (int i = level + 1; i < counters.length; i++) {
            counters[i] = 0;
        }
        title(level, number(level, counters[level]) + text, true);
    }

    /** A numbered line: a heading of its level, or body text when not a heading or deeper than level 4. */
    private void title(int level, String text, boolean asHeading) {
        if (asHeading && level <= 4) {
            add("h" + level, Boolean.TRUE, text);
        } else {
            paragraph(text);
        }
    }

    private void paragraphs(List<String> texts) {
        for (String t : texts) {
            paragraph(t);
        }
    }

    private void paragraph(String text) {
        if (!text.isEmpty()) {
            add("p", Boolean.TRUE, text);
        }
    }

    private void caption(String title) {
        tableNumber++;
        add("caption", Boolean.TRUE, "表" + tableNumber + "  " + title);
    }

    private void table(List<String> header, List<List<String>> rows) {
        Map<String, Object> table = new LinkedHashMap<>();
        table.put("header", cells(header));
        List<Object> rowNodes = new ArrayList<>();
        for (List<String> row : rows) {
            rowNodes.add(cells(row));
        }
        table.put("rows", rowNodes);
        add("table" + header.size(), table);
    }

    private static Map<String, Object> cells(List<String> cells) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            map.put("c" + (i + 1), cells.get(i));
        }
        return map;
    }

    private void attachmentList() {
        List<String> titles = attachmentTitles(report, outline);
        if (titles.isEmpty()) {
            return;
        }
        add("blank", Boolean.TRUE);
        for (int i = 0; i < titles.size(); i++) {
            // GB/T 9704-2012 7.3.6: a single attachment is named without a number
            String line = titles.size() == 1 ? titles.get(0) : NumberingStyle.ARABIC_DOT.format(i + 1) + titles.get(i);
            if (i == 0) {
                add("attachmentFirst", Boolean.TRUE, "附件：" + line);
            } else {
                add("attachmentNext", Boolean.TRUE, line);
            }
        }
    }

    private void signature() {
        var cover = report.cover();
        boolean unit = cover.sealingUnit() != null && !cover.sealingUnit().isBlank();
        if (!unit && cover.fillingDate() == null) {
            return;
        }
        add("blank", Boolean.TRUE);
        if (unit) {
            add("signature", Boolean.TRUE, cover.sealingUnit());
        }
        if (cover.fillingDate() != null) {
            add("signature", Boolean.TRUE, ChineseDates.format(cover.fillingDate()));
        }
    }

    private void add(String kind, Object value) {
        Map<String, Object> block = new LinkedHashMap<>();
        block.put(kind, value);
        blocks.add(block);
    }

    private void add(String kind, Object value, String text) {
        Map<String, Object> block = new LinkedHashMap<>();
        block.put(kind, value);
        block.put("text", text);
        blocks.add(block);
    }

    /** The Guangdong structure of the indicator analysis (预算编制/执行/监督/使用效益), as its notice words it. */
    private final class GuangdongAnalysis {
        void write(IndicatorAnalysis a, int level) {
            var prep = a.preparation();
            heading(level, "预算编制情况");
            heading(level + 1, "预算编制合理性");
            paragraphs(prep.rationality());
            heading(level + 1, "预算编制规范性");
            paragraphs(prep.standardization());
            heading(level + 1, "预算编制准确性");
            paragraph(
                    "①财政拨款收入预决算差异率。" + Sentences.differenceRate(report.cover().evaluationYear(), report.expenditure()));
            paragraphs(prep.accuracy().differenceRate());
            paragraph("②项目预算、功能分类和经济分类等编制准确。");
            paragraphs(prep.accuracy().classification());
            heading(level + 1, "目标设置");
            paragraphs(prep.goalSetting());

            var exec = a.execution();
            heading(level, "预算执行情况");
            paragraphs(exec.overview());
            heading(level + 1, "保障措施");
            paragraphs(exec.safeguards());
            heading(level + 1, "支出管理");
            paragraphs(exec.spendingManagement());
            heading(level + 1, "项目管理");
            paragraphs(exec.projectManagement());
            heading(level + 1, "资产管理");
            paragraphs(exec.assetManagement().paragraphs());
            paragraph("固定资产原值为" + exec.assetManagement().fixedAssetsOriginalValue() + "，无形资产原值为"
                    + exec.assetManagement().intangibleAssetsOriginalValue() + "。");

            var sup = a.supervision();
            heading(level, "预算监督情况");
            heading(level + 1, "信息公开");
            paragraph("①预决算公开。");
            paragraphs(sup.disclosure().budgetAndFinalAccounts());
            paragraph("②绩效目标公开。");
            paragraphs(sup.disclosure().performanceGoals());
            paragraph("③自评材料公开。");
            paragraphs(sup.disclosure().selfEvaluationMaterials());
            heading(level + 1, "绩效自评");
            var team = report.selfEvaluation() == null
                    ? null
                    : report.selfEvaluation().team();
            paragraph(
                    team == null
                            ? "①组织建立情况。"
                            : "①组织建立情况。在此次自评中，我单位成立了绩效评价小组：组长" + Sentences.leader(team) + "；组员"
                                    + Sentences.joined(team.members()) + "。");
            paragraphs(sup.selfEvaluation().organisation());
            paragraph("②自评材料报送及时性。");
            paragraphs(sup.selfEvaluation().timeliness());
            paragraph("③自评材料报送质量。");
            paragraphs(sup.selfEvaluation().quality());

            var benefit = a.benefit();
            heading(level, "预算使用效益");
            heading(level + 1, "部门整体绩效目标实现情况");
            var publicFunds = report.expenditure().publicFunds();
            paragraph("①公用经费控制率。" + (publicFunds == null ? "" : Sentences.publicFunds(publicFunds)));
            paragraphs(benefit.goalAchievement().publicFundsControl());
            paragraph("②预算资金实现的整体效益。");
            paragraphs(benefit.goalAchievement().overallBenefit());
            targets(benefit.goalAchievement().targets());
            heading(level + 1, "重点工作完成情况");
            items(benefit.keyWorkCompletion(), level + 2, ItemLook.BODY);
            heading(level + 1, "部门重点项目支出绩效情况");
            paragraphs(benefit.keyProjectsOverview());
            List<KeyProject> projects = benefit.keyProjects();
            for (int i = 0; i < projects.size(); i++) {
                keyProject(projects.get(i), number(level + 2, i + 1));
            }
        }

        private void keyProject(KeyProject p, String number) {
            add("bold", Boolean.TRUE, number + p.name());
            paragraph("项目实施程序：");
            paragraph("A.项目立项情况。");
            paragraphs(p.setup());
            paragraph("B.项目绩效目标。");
            paragraphs(p.goals());
            paragraph("C.资金到位和使用情况。" + Sentences.projectFunds(p));
            paragraphs(p.fundsManagement());
            Map<String, Object> funds = new LinkedHashMap<>();
            funds.put("arranged", p.funds().arranged().toString());
            funds.put("arrived", p.funds().arrived().toString());
            funds.put("used", p.funds().used().toString());
            funds.put("arrivalRate", Sentences.rate(p.funds().arrivalRate()));
            funds.put("usageRate", Sentences.rate(p.funds().usageRate()));
            add("fundsTable", funds);
            paragraph("D.项目绩效。");
            paragraphs(p.performance());
            paragraph("项目监管情况：");
            paragraphs(p.supervision());
        }
    }
}
