// SPDX-License-Identifier: Apache-2.0
package org.jixiao.examples;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.jixiao.json.ReportJson;
import org.jixiao.report.AdministrativeLevel;
import org.jixiao.report.EvaluationScope;
import org.jixiao.report.Expenditure;
import org.jixiao.report.Grade;
import org.jixiao.report.Improvement;
import org.jixiao.report.KeyProject;
import org.jixiao.report.MeasurableTarget;
import org.jixiao.report.Money;
import org.jixiao.report.MoneyUnit;
import org.jixiao.report.PrimaryIndicator;
import org.jixiao.report.Report;
import org.jixiao.report.ScoreSheet;
import org.jixiao.report.SecondaryIndicator;
import org.jixiao.report.TertiaryIndicator;
import org.jixiao.report.UnitType;
import org.junit.jupiter.api.Test;

/** The reference example binds to the model and holds the facts of the real report. */
class PotouExampleTest {
    static final String JSON = "/org/jixiao/examples/potou-2022.json";

    static String json() {
        try (InputStream in = PotouExampleTest.class.getResourceAsStream(JSON)) {
            assertNotNull(in, JSON + " is not on the classpath");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Report report() {
        try (InputStream in = PotouExampleTest.class.getResourceAsStream(JSON)) {
            assertNotNull(in, JSON + " is not on the classpath");
            return ReportJson.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void assertMoney(String amount, MoneyUnit unit, Money actual) {
        // Exactly as written: the scale counts (4659.17, not 4659.170).
        assertEquals(new Money(new BigDecimal(amount), unit), actual);
    }

    @Test
    void theFileIsAlreadyInTheLayoutReportJsonWrites() {
        // Pretty-printed, two-space indent, components in record order, nothing null or empty written.
        String json = json();
        assertEquals(json, ReportJson.write(ReportJson.read(json)));
    }

    @Test
    void coverAndBasisAreThoseOfTheSeed() {
        var cover = report().cover();
        assertAll(
                () -> assertEquals(2022, cover.evaluationYear()),
                () -> assertEquals("湛江市坡头区民政局", cover.evaluatedUnits().unit()),
                () -> assertEquals(
                        EvaluationScope.UNIT_AND_NON_INDEPENDENT_SUBORDINATES,
                        cover.evaluatedUnits().scope()),
                () -> assertEquals(
                        List.of("湛江市坡头区民政局婚姻登记中心", "湛江市坡头区殡葬服务中心"),
                        cover.evaluatedUnits().includedSubordinates()),
                () -> assertEquals(AdministrativeLevel.DISTRICT, cover.administrativeLevel()),
                () -> assertEquals("湛江市坡头区民政局", cover.sealingUnit()),
                () -> assertEquals(LocalDate.of(2023, 5, 7), cover.fillingDate()),
                () -> assertEquals(
                        "湛江市坡头区财政局关于开展2023年区级财政资金绩效自评工作的通知", cover.basis().title()),
                () -> assertEquals("湛坡财〔2023〕80号", cover.basis().number().toString()));
    }

    @Test
    void profileHoldsTheUnitStaffingAndFifteenFunctions() {
        var profile = report().profile();
        assertAll(
                () -> assertEquals(UnitType.ADMINISTRATIVE, profile.unitType()),
                () -> assertEquals(2, profile.subordinateUnits().size()),
                () -> assertEquals(9, profile.staffing().administrativePosts()),
                () -> assertEquals(1, profile.staffing().logisticsPostsIncluded()),
                () -> assertEquals(11, profile.staffing().careerPosts()),
                () -> assertEquals(20, profile.staffing().inServiceFunded()),
                () -> assertEquals(10, profile.staffing().retirees()),
                () -> assertEquals(java.util.Optional.of(20), profile.staffing().authorisedPosts()),
                () -> assertEquals(
                        new BigDecimal("100.00"),
                        profile.staffing().inServiceControlRate().orElseThrow().rounded()),
                () -> assertEquals(15, profile.functions().size()),
                // The structural “1、” is stripped; the garbage after it is kept for validation to flag.
                () -> assertTrue(profile.functions().get(0).title().startsWith("1、1、11贯彻执行")),
                () -> assertTrue(profile.functions().get(0).title().endsWith("监督检査。"), "the variant 査 is kept"),
                () -> assertEquals(2, profile.divisionOfDuties().size()));
    }

    @Test
    void nineKeyTasksAndSixGoals() {
        Report report = report();
        assertAll(
                () -> assertEquals(9, report.keyTasks().size()),
                () -> assertEquals(
                        "聚焦“双百工程 ”，打通服务群众“最后一次公里”。", report.keyTasks().get(5).title()),
                () -> assertEquals(6, report.goals().size()),
                () -> assertEquals(2, report.goals().get(3).paragraphs().size()),
                () -> assertEquals(2, report.goals().get(4).subItems().size()));
    }

    @Test
    void budgetAndFinalAccountsAddUpAndDifferBy96Point21Percent() {
        Expenditure e = report().expenditure();
        assertAll(
                () -> assertMoney(
                        "4659.17", MoneyUnit.TEN_THOUSAND_YUAN, e.budget().total()),
                () -> assertMoney(
                        "386.44", MoneyUnit.TEN_THOUSAND_YUAN, e.budget().basic()),
                () -> assertMoney(
                        "4272.73", MoneyUnit.TEN_THOUSAND_YUAN, e.budget().project()),
                () -> assertTrue(e.budget()
                        .total()
                        .sameValueAs(e.budget().basic().plus(e.budget().project()))),
                () -> assertMoney(
                        "9141.56",
                        MoneyUnit.TEN_THOUSAND_YUAN,
                        e.finalAccounts().income()),
                () -> assertMoney(
                        "9141.56",
                        MoneyUnit.TEN_THOUSAND_YUAN,
                        e.finalAccounts().expenditure()),
                () -> assertMoney(
                        "460.88", MoneyUnit.TEN_THOUSAND_YUAN, e.finalAccounts().basic()),
                () -> assertMoney(
                        "8680.68",
                        MoneyUnit.TEN_THOUSAND_YUAN,
                        e.finalAccounts().project()),
                () -> assertTrue(e.finalAccounts()
                        .expenditure()
                        .sameValueAs(
                                e.finalAccounts().basic().plus(e.finalAccounts().project()))),
                () -> assertEquals(
                        new BigDecimal("96.21"),
                        e.differenceRate().orElseThrow().rounded()));
    }

    @Test
    void publicFundsSavedTheSeeds47Point74() {
        var publicFunds = report().expenditure().publicFunds();
        assertAll(
                () -> assertMoney("84.02", MoneyUnit.TEN_THOUSAND_YUAN, publicFunds.budget()),
                () -> assertMoney("36.28", MoneyUnit.TEN_THOUSAND_YUAN, publicFunds.actual()),
                () -> assertMoney("47.74", MoneyUnit.TEN_THOUSAND_YUAN, publicFunds.saving()),
                () -> assertEquals(
                        new BigDecimal("43.18"),
                        publicFunds.controlRate().orElseThrow().rounded()));
    }

    @Test
    void selfEvaluationWorkHoldsTheTeamAndTheSubmission() {
        var work = report().selfEvaluation();
        assertAll(
                () -> assertEquals("谢云雨", work.team().leader().name()),
                () -> assertEquals("副局长", work.team().leader().post()),
                () -> assertEquals(
                        List.of("黄芳菲", "谢思茹", "张雄群", "李志", "许亚文", "李宇"),
                        work.team().members()),
                () -> assertEquals("局办公室", work.team().office()),
                () -> assertEquals("杨柳飞", work.team().liaison()),
                () -> assertEquals(LocalDate.of(2023, 5, 10), work.submission().date()),
                () -> assertEquals(
                        List.of("年度部门预决算文件", "部门职能文件", "下达文件"),
                        work.submission().materials()),
                () -> assertTrue(work.disclosure().consistent()));
    }

    @Test
    void cremationTargetKeepsTheStated85PercentThatItsFiguresContradict() {
        List<MeasurableTarget> targets =
                report().indicatorAnalysis().benefit().goalAchievement().targets();
        assertEquals(1, targets.size());
        MeasurableTarget cremation = targets.get(0);
        assertAll(
                () -> assertEquals(new BigDecimal("2205"), cremation.target()),
                () -> assertEquals(new BigDecimal("1951"), cremation.achieved()),
                () -> assertEquals("具", cremation.unit()),
                () -> assertEquals(new BigDecimal("85"), cremation.statedCompletionRatePercent()),
                () -> assertEquals(
                        new BigDecimal("88.48"),
                        cremation.completionRate().orElseThrow().rounded()),
                () -> assertFalse(
                        cremation.completionRate().orElseThrow().agreesWith(cremation.statedCompletionRatePercent())));
    }

    @Test
    void theKeyProjectWasFullyFundedAndSpent() {
        List<KeyProject> projects = report().indicatorAnalysis().benefit().keyProjects();
        assertEquals(1, projects.size());
        var funds = projects.get(0).funds();
        assertAll(
                () -> assertEquals("民政管理事务专项资金", projects.get(0).name()),
                () -> assertEquals(LocalDate.of(2022, 12, 31), funds.asOf()),
                () -> assertMoney("122.86", MoneyUnit.TEN_THOUSAND_YUAN, funds.arranged()),
                () -> assertMoney("122.86", MoneyUnit.TEN_THOUSAND_YUAN, funds.arrived()),
                () -> assertMoney("122.86", MoneyUnit.TEN_THOUSAND_YUAN, funds.used()),
                () -> assertTrue(funds.arrivalRate().orElseThrow().agreesWith(funds.statedArrivalRatePercent())),
                () -> assertTrue(funds.usageRate().orElseThrow().agreesWith(funds.statedUsageRatePercent())));
    }

    @Test
    void assetValuesAreInYuan() {
        var assets = report().indicatorAnalysis().execution().assetManagement();
        assertAll(
                () -> assertMoney("5166573.74", MoneyUnit.YUAN, assets.fixedAssetsOriginalValue()),
                () -> assertMoney("1004800", MoneyUnit.YUAN, assets.intangibleAssetsOriginalValue()),
                () -> assertEquals(List.of("2022年我局无出租、出借、处置国有资产，资产账与财务账相符。"), assets.paragraphs()));
    }

    @Test
    void scoreIsTheScoreSheetTotalAndEarnsTheStatedGrade() {
        Report report = report();
        ScoreSheet sheet = report.scoreSheet();
        assertAll(
                () -> assertEquals(0, new BigDecimal("100").compareTo(sheet.totalWeight())),
                () -> assertEquals(new BigDecimal("94.3"), sheet.totalScore()),
                () -> assertEquals(sheet.totalScore(), report.result().score()),
                () -> assertEquals(Grade.EXCELLENT, report.result().grade()),
                () -> assertEquals(report.result().grade(), report.result().statedGrade()),
                () -> assertEquals(
                        List.of("预算编制", "预算执行", "预算监督", "预算使用效益"),
                        sheet.indicators().stream().map(PrimaryIndicator::name).toList()));
        for (PrimaryIndicator primary : sheet.indicators()) {
            assertEquals(
                    0,
                    primary.weight()
                            .compareTo(sum(primary.indicators().stream()
                                    .map(SecondaryIndicator::weight)
                                    .toList())),
                    primary.name());
            for (SecondaryIndicator secondary : primary.indicators()) {
                assertEquals(
                        0,
                        secondary
                                .weight()
                                .compareTo(sum(secondary.indicators().stream()
                                        .map(TertiaryIndicator::weight)
                                        .toList())),
                        secondary.name());
                for (TertiaryIndicator tertiary : secondary.indicators()) {
                    assertTrue(tertiary.score().compareTo(tertiary.weight()) <= 0, tertiary.name());
                    boolean deducted = tertiary.score().compareTo(tertiary.weight()) < 0;
                    assertEquals(
                            deducted,
                            tertiary.deductionReason() != null,
                            tertiary.name() + ": 扣分原因 exactly where points are deducted");
                }
            }
        }
    }

    @Test
    void improvementsAreDueAfterTheFillingDate() {
        Report report = report();
        assertFalse(report.problems().isEmpty());
        assertFalse(report.improvements().isEmpty());
        for (Improvement improvement : report.improvements()) {
            assertTrue(improvement.deadline().isAfter(report.cover().fillingDate()), improvement.measure());
        }
    }

    private static BigDecimal sum(List<BigDecimal> values) {
        return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
