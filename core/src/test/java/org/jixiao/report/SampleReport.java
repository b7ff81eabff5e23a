// SPDX-License-Identifier: Apache-2.0
package org.jixiao.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jixiao.json.ReportJson;

/**
 * A complete report that breaks no rule: zero problems, not even warnings, on {@link #TODAY}. Its
 * content follows the reference report of 湛江市坡头区民政局 for 2022, shortened and with the defects
 * removed (the 完成率 is 88.48%, 湛民〔2022〕107号 has 六角括号, no manual numbering). Tests change one
 * thing with {@link ReportEditor} and expect exactly the problem that change makes.
 */
public final class SampleReport {
    /** "Today" for the tests: 2023-06-01 in China, after the filling (2023-05-07) and submission (2023-05-10). */
    public static final LocalDate TODAY = LocalDate.of(2023, 6, 1);

    private SampleReport() {}

    /** A clock fixed at the start of {@link #TODAY} in Asia/Shanghai. */
    public static Clock clock() {
        ZoneId china = ZoneId.of("Asia/Shanghai");
        return Clock.fixed(TODAY.atStartOfDay(china).toInstant(), china);
    }

    /**
     * A minimal report in the Hubei short outline ({@code hubei-short}), read from
     * {@code hubei-short-minimal.json}: only what that outline requires — the cover's year and unit,
     * the score, total budget and final expenditure, goals, problems, improvements and the unit's own
     * text for 未完成的绩效目标. No problem at all on {@link #TODAY}.
     */
    public static Report hubeiShort() {
        try (InputStream in = SampleReport.class.getResourceAsStream("hubei-short-minimal.json")) {
            if (in == null) {
                throw new IllegalStateException("no fixture hubei-short-minimal.json");
            }
            return ReportJson.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Report valid() {
        return new Report(
                null,
                cover(),
                profile(),
                List.of(Item.of("聚焦学深悟透，学习贯彻党的二十大精神。"), Item.of("聚焦民生保障，全力做好社会救助工作。")),
                List.of(goal()),
                expenditure(),
                selfEvaluation(),
                result(),
                indicatorAnalysis(),
                List.of(Item.of("预算编制不够精细，预决算差异较大。")),
                List.of(new Improvement(
                        "提高预算编制的精细化水平。", List.of("加强与省、市业务部门的沟通，提前掌握专项资金安排，减少预决算差异。"), LocalDate.of(2023, 10, 31))),
                List.of("自评报告、数据表和评分表按规定在单位门户网站公开，主动接受社会监督。"),
                List.of(),
                scoreSheet());
    }

    private static Cover cover() {
        return new Cover(
                2022,
                new EvaluatedUnits(
                        "湛江市坡头区民政局",
                        EvaluationScope.UNIT_AND_NON_INDEPENDENT_SUBORDINATES,
                        List.of("湛江市坡头区民政局婚姻登记中心", "湛江市坡头区殡葬服务中心")),
                AdministrativeLevel.DISTRICT,
                "湛江市坡头区民政局",
                LocalDate.of(2023, 5, 7),
                new Notice("湛江市坡头区财政局关于开展2023年区级财政资金绩效自评工作的通知", new DocumentNumber("湛坡财", 2023, 80)),
                List.of());
    }

    private static UnitProfile profile() {
        return new UnitProfile(
                UnitType.ADMINISTRATIVE,
                List.of("湛江市坡头区民政局婚姻登记中心", "湛江市坡头区殡葬服务中心"),
                new Staffing(9, 1, 11, 20, 10),
                List.of(),
                List.of(
                        Item.of("贯彻执行国家、省、市和区有关民政工作的方针政策和法律法规，拟订全区民政事业发展规划，并组织实施和监督检查。"),
                        Item.of("负责城乡居民最低生活保障、特困人员救助供养、临时救助工作，健全城乡社会救助体系。")),
                List.of(Item.of("与区卫生健康局的有关职责分工。区民政局负责统筹推进、督促指导、监督管理养老服务工作。")));
    }

    private static PerformanceGoal goal() {
        return new PerformanceGoal(
                "着力改善民生，提高救助保障标准。",
                List.of("根据《关于印发2022年全市城乡低保标准及特困人员基本生活供养标准的通知》（湛民〔2022〕107号）的要求，" + "我区从2022年1月1日起将城镇低保标准提高到828元/人.月。"),
                List.of(new Item("多种模式并用，满足老人需求。", List.of("探索打造居家养老服务，围绕一个服务群体，构建三支队伍，提供多项服务。"), List.of())),
                List.of(new MeasurableTarget("城镇低保标准", new BigDecimal("828"), new BigDecimal("828"), "元/人.月", null)));
    }

    private static Expenditure expenditure() {
        return new Expenditure(
                new Budget(
                        Money.tenThousandYuan("4659.17"),
                        Money.tenThousandYuan("386.44"),
                        Money.tenThousandYuan("4272.73")),
                new FinalAccounts(
                        Money.tenThousandYuan("9141.56"),
                        Money.tenThousandYuan("9141.56"),
                        Money.tenThousandYuan("460.88"),
                        Money.tenThousandYuan("8680.68")),
                new BudgetVsActual(Money.tenThousandYuan("84.02"), Money.tenThousandYuan("36.28")),
                new BudgetVsActual(Money.tenThousandYuan("4.50"), Money.tenThousandYuan("2.63")));
    }

    private static SelfEvaluationWork selfEvaluation() {
        return new SelfEvaluationWork(
                new EvaluationTeam(
                        new TeamMember("谢云雨", "副局长"),
                        List.of("黄芳菲", "谢思茹", "张雄群"),
                        "局办公室",
                        "杨柳飞",
                        List.of("办公室主要负责资金收支及管理情况，各相关业务科室对大于100万元的专项资金进行绩效自评。")),
                List.of("结合市民政局和区财政局相关设定的评价指标，按照民政系统实际要求和成效进行自评。"),
                new MaterialSubmission(
                        LocalDate.of(2023, 5, 10),
                        List.of("年度部门预决算文件", "部门职能文件"),
                        List.of("我局对所报送自评材料的真实性、完整性、一致性、规范性负责。")),
                new Disclosure(true, null));
    }

    private static SelfEvaluationResult result() {
        return new SelfEvaluationResult(
                List.of("我局以保运转、保民生为前提，规范基本预算编制，保障正常运转需求，严格配套支出预算。"),
                new BigDecimal("95.5"),
                Grade.EXCELLENT,
                List.of(new Item("提高政治站位，全面完成区委区府中心工作。", List.of("不断创新学习形式，学习贯彻党的二十大精神，把理论学习和工作实践推向深入。"), List.of())));
    }

    private static IndicatorAnalysis indicatorAnalysis() {
        return new IndicatorAnalysis(
                new BudgetPreparation(
                        List.of("我局预算编制合理，部门预算符合本部门职责和区委、区政府的工作要求。"),
                        List.of("我局预算编制规范，符合区财政当年度有关预算编制的原则。"),
                        new PreparationAccuracy(
                                List.of("预算批复数据与决算数出现差异，原因是预算资金中不含省市下达的专项资金。"),
                                List.of("项目预算、功能分类和经济分类等预算编制准确，年度中间无频繁调剂。")),
                        List.of("目标设置完整、科学，绩效指标具有清晰、可衡量的指标值。")),
                new BudgetExecution(
                        List.of(),
                        List.of("我局制定了财务管理规定等内部控制和管理制度，相关制度合法、合规、完整。"),
                        List.of("我局资金支出规范，会计核算支出依据合规，支出凭证符合规定。"),
                        List.of("我局所有项目支出实施过程规范，申报、批复程序符合相关管理办法。"),
                        new AssetManagement(
                                List.of("2022年我局无出租、出借、处置国有资产，资产账与财务账相符。"),
                                Money.yuan("5166573.74"),
                                Money.yuan("1004800"))),
                new BudgetSupervision(
                        new InformationDisclosure(
                                List.of("按规定要求完成预决算公开，公开检查中未发现存在问题。"),
                                List.of("我局在单位门户网站公开绩效目标，公开内容与批复一致。"),
                                List.of("我局在规定时间内在单位门户网站公开绩效自评材料。")),
                        new SelfEvaluationConduct(
                                List.of(),
                                List.of("我局在规定时间内完成自评工作并按时报送材料。"),
                                List.of("我局自评材料真实，表格填写内容齐全，自评报告内容全面详实。"))),
                new BudgetBenefit(
                        new GoalAchievement(
                                List.of(),
                                List.of("各项底线民生保障水平进一步提高，民政各项工作高质量发展。"),
                                List.of(new MeasurableTarget(
                                        "2022年全区遗体火化",
                                        new BigDecimal("2205"),
                                        new BigDecimal("1951"),
                                        "具",
                                        new BigDecimal("88.48")))),
                        List.of(Item.of("打造10分钟城区社区居家养老服务圈，成功打造银发乐园。")),
                        List.of("民政专项资金在会计账中均按要求设置专门项目进行核算。"),
                        List.of(keyProject())));
    }

    private static KeyProject keyProject() {
        return new KeyProject(
                "民政管理事务专项资金",
                List.of("根据部门职能，我局每年均按要求在预算安排中申请民政管理事务专项资金。"),
                List.of("保障单位正常运转，支持婚姻、殡葬、养老服务体系、社工等各项工作顺利开展。"),
                new ProjectFunds(
                        LocalDate.of(2022, 12, 31),
                        Money.tenThousandYuan("122.86"),
                        Money.tenThousandYuan("122.86"),
                        Money.tenThousandYuan("122.86"),
                        new BigDecimal("100"),
                        new BigDecimal("100")),
                List.of("在年度中按照工作进度向财政申请资金，对专项资金专款专用。"),
                List.of("有效保障了单位运转，进一步提高了业务人员的工作水平。"),
                List.of("严格控制在职能范围内开支，不按财务管理规定办理手续的事项一律不予开支。"));
    }

    private static ScoreSheet scoreSheet() {
        return new ScoreSheet(List.of(
                primary(
                        "预算编制",
                        "20",
                        secondary("合理性", "5", tertiary("预算编制合理性", "5", "5", null)),
                        secondary(
                                "准确性",
                                "15",
                                tertiary("财政拨款收入预决算差异率", "10", "8", "预决算差异率较大，已作说明，扣2分。"),
                                tertiary("分类准确", "5", "5", null))),
                primary(
                        "预算执行",
                        "30",
                        secondary(
                                "支出管理",
                                "30",
                                tertiary("资金使用合规性", "15", "15", null),
                                tertiary("预算执行率", "15", "14", "部分项目年中执行进度偏慢，扣1分。"))),
                primary(
                        "预算监督",
                        "20",
                        secondary(
                                "信息公开",
                                "20",
                                tertiary("预决算公开", "10", "10", null),
                                tertiary("自评材料公开", "10", "10", null))),
                primary(
                        "预算使用效益",
                        "30",
                        secondary("整体效益", "30", tertiary("履职效益", "30", "28.5", "部分绩效目标未全面完成，扣1.5分。")))));
    }

    private static PrimaryIndicator primary(String name, String weight, SecondaryIndicator... indicators) {
        return new PrimaryIndicator(name, new BigDecimal(weight), List.of(indicators));
    }

    private static SecondaryIndicator secondary(String name, String weight, TertiaryIndicator... indicators) {
        return new SecondaryIndicator(name, new BigDecimal(weight), List.of(indicators));
    }

    private static TertiaryIndicator tertiary(String name, String weight, String score, String deductionReason) {
        return new TertiaryIndicator(
                name,
                new BigDecimal(weight),
                name + "：对照本年度工作任务和绩效目标评价。",
                name + "：符合要求的得满分，否则酌情扣分。",
                new BigDecimal(score),
                deductionReason);
    }
}
