// SPDX-License-Identifier: Apache-2.0
package org.jixiao.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jixiao.internal.json.ReportTree;
import org.junit.jupiter.api.Test;

/**
 * Nothing of the seed is lost: every paragraph of the published report (each non-blank line of
 * {@code potou-2022-seed.txt}) is a string of {@code potou-2022.json}, once per time it occurs in the
 * seed — except the lines and fragments the template prints itself (headings, structural numbers,
 * inline labels) or generates from the structured data, each listed below with the reason.
 */
class PotouNothingLostTest {
    static final String SEED = "/org/jixiao/examples/potou-2022-seed.txt";

    /** A structural number at the start of a paragraph: 1、 1. （1） ① A. — derived from position, never stored. */
    private static final Pattern STRUCTURAL_NUMBER = Pattern.compile("^(?:\\d+[、.]|（\\d+）|[①-⑳]|[A-Z]\\.)");

    /** Whole lines that are not typed as paragraphs, with the reason. */
    private static final Map<String, String> NOT_TYPED = notTyped();

    /** Lines of which fragments are printed by the template; the rest of the line is typed. */
    private static final List<Cut> CUTS = List.of(
            new Cut(
                    "16、职责分工：",
                    "divisionOfDuties: the label 职责分工 and the numbers （1）（2） are printed",
                    "16、职责分工：",
                    "（1）",
                    "（2）"),
            new Cut(
                    "我局在5月10日报送资料材料",
                    "selfEvaluation.submission: printed from date 2023-05-10 and materials",
                    "我局在5月10日报送资料材料，包括年度部门预决算文件、部门职能文件、下达文件等，"),
            new Cut(
                    "（3）我局预算编制准确。",
                    "preparation.accuracy: the numbers and the label ①财政拨款收入预决算差异率 are printed",
                    "（3）",
                    "①财政拨款收入预决算差异率：",
                    "②"),
            new Cut("（4）目标设置。", "preparation.goalSetting: number and label printed", "（4）目标设置。"),
            new Cut("（1）保障措施。", "execution.safeguards: number and label printed", "（1）保障措施。"),
            new Cut("（3）项目管理。", "execution.projectManagement: number and label printed", "（3）项目管理。"),
            new Cut(
                    "（4）资产管理。",
                    "execution.assetManagement: number and label printed; the values are printed from"
                            + " fixedAssetsOriginalValue (元) and intangibleAssetsOriginalValue",
                    "（4）资产管理。",
                    "固定资产原值为5166573.74，无形资产原值为1004800元。"),
            new Cut(
                    "（1）信息公开。",
                    "supervision.disclosure.budgetAndFinalAccounts: numbers and labels printed",
                    "（1）信息公开。①预决算："),
            new Cut("②绩效目标。", "supervision.disclosure.performanceGoals: number and label printed", "②绩效目标。"),
            new Cut("③自评材料。", "supervision.disclosure.selfEvaluationMaterials: number and label printed", "③自评材料。"),
            new Cut("②自评材料报送及时性。", "supervision.selfEvaluation.timeliness: number and label printed", "②自评材料报送及时性。"),
            new Cut("③自评材料报送质量。", "supervision.selfEvaluation.quality: number and label printed", "③自评材料报送质量。"),
            new Cut(
                    "2022年全区火化任务数",
                    "goalAchievement.targets: printed from the measurable target 2205/1951 具",
                    "2022年全区火化任务数2205具，完成遗体火化1951具，完成全年火化任务85%。"),
            new Cut("A.项目立项情况。", "keyProjects.setup: number and label printed", "A.项目立项情况。"),
            new Cut("B.项目绩效目标。", "keyProjects.goals: number and label printed", "B.项目绩效目标。"),
            new Cut(
                    "C.资金到位和使用情况。", "keyProjects.funds: number and label printed; the figures are printed from funds",
                    "C.资金到位和使用情况。", "截至2022年12月31日，民政管理事务专项资金到位122.86万元，实际使用122.86万元，资金到位率100%。"),
            new Cut("D.项目绩效。", "keyProjects.performance: number and label printed", "D.项目绩效。"));

    private static Map<String, String> notTyped() {
        Map<String, String> m = new LinkedHashMap<>();
        String heading = "heading: printed by the template";
        m.put("整体绩效自评报告", "title: printed by the template");
        m.put("评价年度：2022年度", "cover: printed from cover.evaluationYear");
        m.put("评价单位：湛江市坡头区民政局本级及非独立核算的下属单位（湛江市坡头区民政局婚姻登记中心、湛江市坡头区殡葬服务中心）", "cover: printed from cover.evaluatedUnits");
        m.put("区级预算部门单位（公章）：湛江市坡头区民政局", "cover: printed from administrativeLevel and sealingUnit");
        m.put("填报日期：2023年5月7日", "cover: printed from cover.fillingDate");
        m.put(
                "根据《湛江市坡头区财政局关于开展2023年区级财政资金绩效自评工作的通知》（湛坡财〔2023〕80号）要求，我单位及时布置自评，"
                        + "成立自评工作小组，明确分工，落实责任，认真开展自评自查工作，经查阅、核实有关账务及项目等执行情况，填写自评表格并综合分析，"
                        + "形成本评价报告。现将2022年度湛江市坡头区民政局整体绩效自我评价报告如下：",
                "opening formula: printed from cover.basis, evaluationYear and the unit");
        m.put("单位基本情况", heading + " (一、, its number lost in the seed)");
        m.put("（一）单位机构设置、部门职能情况。", heading);
        m.put(
                "湛江市坡头区民政局属于行政单位，下属单位2个：湛江市坡头区民政局婚姻登记中心、湛江市坡头区殡葬服务中心。"
                        + "机关行政编制9名（含后勤人员1名），事业编制人员11名，离退休人数10名，财政供给在职人数20人，离退休人数10名。",
                "unit overview: printed from profile.unitType, subordinateUnits and staffing");
        m.put("主要职能是：", "lead-in of profile.functions: printed by the template");
        m.put("（二）年度总体工作和重点工作任务。", heading);
        m.put("（三）部门整体支出绩效目标", heading);
        m.put("（四）部门整体支出情况。", heading);
        m.put(
                "根据部门预算批复文件，我局总预算为4659.17万元，其中：基本支出386.44万元，项目支出4272.73万元。"
                        + "我局收入决算数为9141.56万元，支出决算数为9141.56万元，其中基本支出460.88万元，项目支出8680.68万元。",
                "budget and final accounts: printed from expenditure.budget and finalAccounts");
        m.put("二、自评工作开展情况", heading);
        m.put("（一）评价小组情况。", heading);
        m.put(
                "在此次自评中，我局成立绩效评价小组，谢云雨副局长任组长，组员有黄芳菲、谢思茹、张雄群、李志、许亚文、李宇。" + "工作小组下设办公室，设在局办公室、联络员为杨柳飞。",
                "evaluation team: printed from selfEvaluation.team (leader, members, office, liaison)");
        m.put("（二）自评工作过程。", heading);
        m.put("（三）自评材料报送时间及质量。", heading);
        m.put("（四）自评材料报送及公开一致情况。", heading);
        m.put(
                "我局所报送的自评报告、数据表、评分表与公开的自评报告、数据表、评分表一致。",
                "disclosure: printed from selfEvaluation.disclosure.consistent = true");
        m.put("三、绩效自评情况", heading);
        m.put("（一）自评结果", heading);
        m.put("部门整体支出绩效指标分析", heading + " (（二）, its number lost in the seed)");
        m.put("1.预算编制情况。", heading);
        m.put("2.预算执行情况。", heading);
        m.put("（2）支出管理。", heading + " (label of execution.spendingManagement, alone on its line)");
        m.put("3.预算监督情况。", heading);
        m.put("（2）绩效自评。①组织建立情况：", heading + "s (绩效自评, ①组织建立情况)");
        m.put(
                "在此次自评中，我局成立了绩效评价小组，具体如下：",
                "lead-in of the team listing under ①组织建立情况: printed with the team from selfEvaluation.team");
        m.put("组长：谢云雨", "team listing under ①组织建立情况: printed from selfEvaluation.team, never typed twice");
        m.put(
                "组员：黄芳菲、谢思茹、张雄群、李志、许亚文、李宇",
                "team listing under ①组织建立情况: printed from selfEvaluation.team, never typed twice");
        m.put("4.预算使用效益。", heading);
        m.put("（1）部门整体绩效目标实现情况。", heading);
        m.put("①公用经费控制率：", heading);
        m.put(
                "机关运行经费决算数36.28万元，预算数为84.02万元，结省运行支出47.74万元。",
                "机关运行经费: printed from expenditure.publicFunds (the 47.74 is the computed saving)");
        m.put("②预算资金实现的整体效益：", heading);
        m.put("（2）重点工作完成情况。", heading);
        m.put("（3）部门重点项目支出绩效情况。", heading);
        m.put("①项目实施程序", heading);
        m.put("②项目监管情况。", heading);
        return m;
    }

    /**
     * Fragments of the lines starting with {@code lineStart} that are not typed.
     *
     * @param fragments literal fragments, each present in the line
     */
    record Cut(String lineStart, String reason, String... fragments) {}

    static List<String> seedLines() {
        try (InputStream in = PotouNothingLostTest.class.getResourceAsStream(SEED)) {
            assertNotNull(in, SEED + " is not on the classpath");
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            // Lines keep their own leading and trailing characters (the seed's U+3000 is content).
            return text.lines().filter(line -> !line.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The typed pieces of the seed, in seed order: each must be a string of the JSON. */
    static List<String> typedPieces(Set<String> usedNotTyped, Set<Cut> usedCuts) {
        List<String> pieces = new ArrayList<>();
        for (String line : seedLines()) {
            if (NOT_TYPED.containsKey(line)) {
                usedNotTyped.add(line);
                continue;
            }
            Cut cut = CUTS.stream()
                    .filter(c -> line.startsWith(c.lineStart()))
                    .findFirst()
                    .orElse(null);
            if (cut == null) {
                pieces.add(STRUCTURAL_NUMBER.matcher(line).replaceFirst(""));
                continue;
            }
            usedCuts.add(cut);
            String rest = line;
            for (String fragment : cut.fragments()) {
                assertTrue(rest.contains(fragment), "fragment “" + fragment + "” not in the line “" + line + "”");
                rest = rest.replace(fragment, "\u0000");
            }
            for (String piece : rest.split("\u0000")) {
                if (!piece.isEmpty()) {
                    pieces.add(piece);
                }
            }
        }
        return pieces;
    }

    /** Every string of the report's JSON but the (untranscribed) description, with its multiplicity. */
    static Map<String, Integer> jsonStrings() {
        Map<String, Object> tree = ReportTree.of(PotouExampleTest.report());
        tree.remove("description");
        Map<String, Integer> strings = new HashMap<>();
        collect(tree, strings);
        return strings;
    }

    private static void collect(Object node, Map<String, Integer> strings) {
        if (node instanceof Map<?, ?> map) {
            map.values().forEach(v -> collect(v, strings));
        } else if (node instanceof List<?> list) {
            list.forEach(v -> collect(v, strings));
        } else if (node instanceof String s) {
            strings.merge(s, 1, Integer::sum);
        }
    }

    /** The pieces not found among the strings, each occurrence consuming one string. */
    static List<String> missing(List<String> pieces, Map<String, Integer> strings) {
        Map<String, Integer> left = new HashMap<>(strings);
        List<String> missing = new ArrayList<>();
        for (String piece : pieces) {
            Integer n = left.get(piece);
            if (n == null || n == 0) {
                missing.add(piece);
            } else {
                left.put(piece, n - 1);
            }
        }
        return missing;
    }

    @Test
    void everyParagraphOfTheSeedIsInTheJson() {
        List<String> pieces = typedPieces(new HashSet<>(), new HashSet<>());
        assertEquals(List.of(), missing(pieces, jsonStrings()), "seed paragraphs missing from potou-2022.json");
    }

    @Test
    void everyExclusionIsUsedSoTheListsStayTrue() {
        Set<String> usedNotTyped = new HashSet<>();
        Set<Cut> usedCuts = new HashSet<>();
        typedPieces(usedNotTyped, usedCuts);
        List<String> unusedLines = NOT_TYPED.keySet().stream()
                .filter(l -> !usedNotTyped.contains(l))
                .toList();
        List<String> unusedCuts = CUTS.stream()
                .filter(c -> !usedCuts.contains(c))
                .map(Cut::lineStart)
                .toList();
        assertEquals(List.of(), unusedLines, "NOT_TYPED lines that are not in the seed");
        assertEquals(List.of(), unusedCuts, "CUTS that match no line of the seed");
    }

    @Test
    void aDroppedParagraphIsNoticedEvenWhenItsTwinRemains() {
        // The 养老服务设施 paragraph occurs twice in the seed: dropping one copy must fail.
        String twice = "按照湛江市《湛江市民政局“营商环境整治提升年”活动方案》要求，";
        Map<String, Integer> strings = jsonStrings();
        String paragraph = strings.keySet().stream()
                .filter(s -> s.startsWith(twice))
                .findFirst()
                .orElseThrow();
        assertEquals(2, strings.get(paragraph));
        strings.put(paragraph, 1);
        assertEquals(List.of(paragraph), missing(typedPieces(new HashSet<>(), new HashSet<>()), strings));
    }
}
