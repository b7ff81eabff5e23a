// SPDX-License-Identifier: Apache-2.0
package org.jixiao.validation;

import static org.jixiao.validation.Checks.all;
import static org.jixiao.validation.Checks.row;
import static org.jixiao.validation.Checks.set;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.jixiao.report.Item;
import org.jixiao.report.Report;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The warnings about text the document can be right despite: the defects of the reference report
 * — manual numbering, 【】 in document numbers, repeated paragraphs, leftover outline
 * instructions, half-width punctuation, variant characters. {@code TextCorpusTest} tries each rule on
 * real sentences.
 */
class TextStyleTest {
    private static final String PARAGRAPH = "/indicatorAnalysis/preparation/rationality/0";
    private static final String OTHER_PARAGRAPH = "/indicatorAnalysis/preparation/standardization/0";
    private static final String TITLE = "/keyTasks/0/title";
    private static final String TEXT = "我局预算编制合理，部门预算符合本部门职责和区委、区政府的工作要求。";

    static Stream<Arguments> numbering() {
        return Stream.of(
                numbered("1、1、1、11贯彻执行国家方针政策。", "贯彻执行国家方针政策。"),
                numbered("1、贯彻执行", "贯彻执行"),
                numbered("1.贯彻执行", "贯彻执行"),
                numbered("1．贯彻执行", "贯彻执行"),
                numbered("１２、贯彻执行", "贯彻执行"),
                numbered("1）贯彻执行", "贯彻执行"),
                numbered("（1）贯彻执行", "贯彻执行"),
                numbered("(1)贯彻执行", "贯彻执行"),
                numbered("一、贯彻执行", "贯彻执行"),
                numbered("十二、贯彻执行", "贯彻执行"),
                numbered("（一）贯彻执行", "贯彻执行"),
                numbered("（一）、贯彻执行", "贯彻执行"),
                numbered("①贯彻执行", "贯彻执行"),
                numbered("⑳贯彻执行", "贯彻执行"),
                numbered("⑴贯彻执行", "贯彻执行"),
                numbered("A.项目立项情况", "项目立项情况"),
                numbered("A、项目立项情况", "项目立项情况"),
                numbered("\u3000\u30001、 贯彻执行", "贯彻执行"),
                numbered("2、1.项目立项情况", "项目立项情况"),
                numbered("1、20个村完成修订", "20个村完成修订"),
                numbered("1、2022年完成修订", "2022年完成修订"),
                notNumbered("1.5万元专项资金已到位"),
                notNumbered("2022年我局无出租、出借国有资产"),
                notNumbered("一是不断创新学习形式"),
                notNumbered("三公经费控制良好"),
                notNumbered("100%村和社区制定村规民约"),
                notNumbered("（含孤儿、事实无人抚养儿童等）保障"),
                notNumbered("A股市场"));
    }

    private static Arguments numbered(String text, String cleaned) {
        return Arguments.of(text, cleaned);
    }

    private static Arguments notNumbered(String text) {
        return Arguments.of(text, null);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("numbering")
    void manualNumberingIsAWarningWithTheCleanedText(String text, String cleaned) {
        List<Problem> problems = Checks.validate(set(TITLE, text)).problems();
        if (cleaned == null) {
            assertEquals(List.of(), problems);
            return;
        }
        assertEquals(List.of("WARNING text.manual-numbering " + TITLE), Checks.summary(new ValidationResult(problems)));
        assertEquals(cleaned, problems.get(0).suggestion());
    }

    static Stream<Arguments> rows() {
        return Stream.of(
                row("a paragraph's own number prints as typed: no warning", set(PARAGRAPH, "（3）" + TEXT)),
                row(
                        "numbering typed over and over in a paragraph",
                        set(PARAGRAPH, "1、1、1、11" + TEXT),
                        "WARNING text.repeated-numbering " + PARAGRAPH),
                row("two different numbers in a paragraph are a heading's", set(PARAGRAPH, "（二）1." + TEXT)),
                row(
                        "numbered key project name",
                        set("/indicatorAnalysis/benefit/keyProjects/0/name", "1.民政管理事务专项资金"),
                        "WARNING text.manual-numbering /indicatorAnalysis/benefit/keyProjects/0/name"),
                row(
                        "numbered goal title",
                        set("/goals/0/title", "1、着力改善民生。"),
                        "WARNING text.manual-numbering /goals/0/title"),
                row(
                        "numbered sub-item title",
                        set("/goals/0/subItems/0/title", "（1）多种模式并用。"),
                        "WARNING text.manual-numbering /goals/0/subItems/0/title"),
                row(
                        "numbered improvement",
                        set("/improvements/0/measure", "一、提高预算编制水平。"),
                        "WARNING text.manual-numbering /improvements/0/measure"),
                row("a name is no item: not checked for numbering", set("/cover/sealingUnit", "1、湛江市坡头区民政局")),
                row(
                        "document number in 【】",
                        set(PARAGRAPH, "根据《通知》（粤民办函【2021】37号）要求，完成数据录入工作。"),
                        "WARNING text.document-number-brackets " + PARAGRAPH),
                row(
                        "document number in []",
                        set(PARAGRAPH, "根据粤民办函[2021]37号要求办理。"),
                        "WARNING text.document-number-brackets " + PARAGRAPH),
                row(
                        "document number in ()",
                        set(PARAGRAPH, "见湛坡财(2023)80号。"),
                        "WARNING text.document-number-brackets " + PARAGRAPH),
                row(
                        "document number in （）",
                        set(PARAGRAPH, "见湛坡财（2023）80号。"),
                        "WARNING text.document-number-brackets " + PARAGRAPH),
                row(
                        "document number in ﹝﹞",
                        set(PARAGRAPH, "见湛坡财﹝2023﹞80号。"),
                        "WARNING text.document-number-brackets " + PARAGRAPH),
                row(
                        "two document numbers",
                        set(PARAGRAPH, "见湛坡财【2023】80号和湛民[2022]107号。"),
                        "WARNING text.document-number-brackets " + PARAGRAPH,
                        "WARNING text.document-number-brackets " + PARAGRAPH),
                row("document number in 〔〕", set(PARAGRAPH, "根据（湛民〔2022〕107号）的要求。")),
                row("a year in brackets is no document number", set(PARAGRAPH, "本年度（2022）完成任务。")),
                row(
                        "outline instruction for 自评结果",
                        set("/result/conclusion/0", "包含整体支出绩效自评结论（综合评判单位在预算年度内整体支出绩效目标的完成情况）、自评分数和等级。"),
                        "WARNING text.outline-instruction /result/conclusion/0"),
                row(
                        "outline instruction for 预算执行, numbered",
                        set(
                                "/indicatorAnalysis/execution/overview",
                                List.of("1、部门除对预算执行情况相应指标进行分析外，结合项目绩效自评情况进行重点分析。")),
                        "WARNING text.outline-instruction /indicatorAnalysis/execution/overview/0"),
                row(
                        "half-width commas between Chinese",
                        set(PARAGRAPH, "结合我局实际情况,以“保运转,保民生”为前提。"),
                        "WARNING text.half-width-punctuation " + PARAGRAPH),
                row(
                        "half-width semicolon and colon",
                        set(PARAGRAPH, "并监督实施;承担审核报批。落实情况:纳入低保57人。"),
                        "WARNING text.half-width-punctuation " + PARAGRAPH),
                row("half-width between digits or Latin", set(PARAGRAPH, "共1,000元，比例为3:2，即OK, fine。")),
                row("full stop in 元/人.月 is no comma", set(PARAGRAPH, "城镇低保标准提高到828元/人.月。")),
                row("variant 査", set(PARAGRAPH, "组织实施和监督检査。"), "WARNING text.variant-character " + PARAGRAPH),
                row("Kangxi radical ⼀ for 一", set(PARAGRAPH, "⼀是加强学习。"), "WARNING text.variant-character " + PARAGRAPH),
                row(
                        "repeated paragraph",
                        set(OTHER_PARAGRAPH, TEXT),
                        "WARNING text.repeated-paragraph " + OTHER_PARAGRAPH),
                row(
                        "repeated after numbering and ideographic spaces",
                        set(OTHER_PARAGRAPH, "\u3000（2）" + TEXT + " "),
                        "WARNING text.repeated-paragraph " + OTHER_PARAGRAPH,
                        "WARNING text.stray-space " + OTHER_PARAGRAPH),
                row(
                        "repeated as an item title elsewhere",
                        set("/problems/1", Item.of(TEXT)),
                        "WARNING text.repeated-paragraph /problems/1/title"),
                row(
                        "three times: each later one",
                        all(set(OTHER_PARAGRAPH, TEXT), set("/indicatorAnalysis/preparation/goalSetting/0", TEXT)),
                        "WARNING text.repeated-paragraph " + OTHER_PARAGRAPH,
                        "WARNING text.repeated-paragraph /indicatorAnalysis/preparation/goalSetting/0"),
                row(
                        "short repeated text (under 20 characters) is fine",
                        all(set(PARAGRAPH, "我局预算编制合理。"), set(OTHER_PARAGRAPH, "我局预算编制合理。"))),
                row(
                        "repeated criteria in the score sheet are fine",
                        set(
                                "/scoreSheet/indicators/1/indicators/0/indicators/1/criteria",
                                "资金使用合规性：符合要求的得满分，否则酌情扣分。")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void textDefectsAreWarnings(String name, UnaryOperator<Report> change, List<String> expected) {
        assertEquals(expected, Checks.summary(Checks.validate(change)));
    }

    @Test
    void theSeedsDocumentNumberGetsSixfoldBrackets() {
        Problem p = Checks.only(set(PARAGRAPH, "根据《通知》（粤民办函【2021】37号）相关要求，及时安排专人负责系统。"));
        assertEquals("粤民办函【2021】37号", p.value());
        assertEquals("粤民办函〔2021〕37号", p.suggestion());
        assertEquals("发文字号的年份应使用六角括号〔〕，不用【】、[] 或 ()。请按建议改写文号。", p.messageZh());
    }

    @Test
    void theSeedsNumberingDebrisIsCleaned() {
        Problem p = Checks.only(set("/profile/functions/0/title", "1、1、1、11贯彻执行国家、省、市和区有关民政工作的方针政策和法律法规。"));
        assertEquals("/profile/functions/0/title", p.path());
        assertEquals("1、1、1、11贯彻执行国家、省、市和区有关民政工作的方针政策和法律法规。", p.value());
        assertEquals("贯彻执行国家、省、市和区有关民政工作的方针政策和法律法规。", p.suggestion());
    }

    @Test
    void halfWidthPunctuationIsCountedOncePerStringAndShownWhereItIs() {
        Problem p = Checks.only(set(PARAGRAPH, "结合我局实际情况,以“保运转,保民生”为前提,按照原则办理。"));
        assertEquals("结合我局实际情况,以“保运转,保民生”…", p.value());
        assertEquals("结合我局实际情况，以“保运转，保民生”…", p.suggestion());
        assertEquals("中文里有 3 个半角标点（, ; : ? ! ( )），第一个在第 9 个字符。请按建议改为全角标点（，；：？！（））。", p.messageZh());
    }

    @Test
    void theVariantIsNamedAndCorrectedWhereItIs() {
        Problem far = Checks.only(set(PARAGRAPH, "贯彻执行国家、省、市和区有关民政工作的方针政策和法律法规，起草有关地方规范性文件，并组织实施和监督检査。"));
        assertEquals("…，并组织实施和监督检査。", far.value());
        assertEquals("…，并组织实施和监督检查。", far.suggestion());
        Problem p = Checks.only(set(PARAGRAPH, "组织实施和监督检査，再次检査。"));
        assertEquals("组织实施和监督检查，再次检查。", p.suggestion());
        assertEquals("有 2 个异体字或形近字（査→查），第一个在第 9 个字符；仿宋_GB2312 字体无法显示，检索也查不到。请按建议改为规范字。", p.messageZh());
    }

    @Test
    void aRepeatedParagraphNamesTheFirstOne() {
        Problem p = Checks.only(set(OTHER_PARAGRAPH, TEXT));
        assertNull(p.suggestion());
        // by its title: PARAGRAPH is /indicatorAnalysis/preparation/rationality/0
        assertEquals("这段文字与“部门整体支出绩效指标分析 · 预算编制情况 · 合理性第 1 项”处的段落重复。请删除或改写。", p.messageZh());
        assertEquals(
                "This paragraph repeats the one at \"indicator analysis · preparation · rationality item 1\". Delete or"
                        + " rewrite it.",
                p.messageEn());
    }
}
