// SPDX-License-Identifier: Apache-2.0
package org.jixiao.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jixiao.report.AdministrativeLevel;
import org.jixiao.report.AssetManagementBuilder;
import org.jixiao.report.BudgetBenefitBuilder;
import org.jixiao.report.BudgetBuilder;
import org.jixiao.report.BudgetExecutionBuilder;
import org.jixiao.report.BudgetPreparationBuilder;
import org.jixiao.report.BudgetSupervisionBuilder;
import org.jixiao.report.BudgetVsActualBuilder;
import org.jixiao.report.Cover;
import org.jixiao.report.CoverBuilder;
import org.jixiao.report.DisclosureBuilder;
import org.jixiao.report.DocumentNumberBuilder;
import org.jixiao.report.EvaluatedUnitsBuilder;
import org.jixiao.report.EvaluationScope;
import org.jixiao.report.EvaluationTeamBuilder;
import org.jixiao.report.Expenditure;
import org.jixiao.report.ExpenditureBuilder;
import org.jixiao.report.FinalAccountsBuilder;
import org.jixiao.report.GoalAchievementBuilder;
import org.jixiao.report.Grade;
import org.jixiao.report.Improvement;
import org.jixiao.report.ImprovementBuilder;
import org.jixiao.report.IndicatorAnalysis;
import org.jixiao.report.IndicatorAnalysisBuilder;
import org.jixiao.report.InformationDisclosureBuilder;
import org.jixiao.report.Item;
import org.jixiao.report.ItemBuilder;
import org.jixiao.report.KeyProjectBuilder;
import org.jixiao.report.MaterialSubmissionBuilder;
import org.jixiao.report.MeasurableTargetBuilder;
import org.jixiao.report.Money;
import org.jixiao.report.NoticeBuilder;
import org.jixiao.report.PerformanceGoal;
import org.jixiao.report.PerformanceGoalBuilder;
import org.jixiao.report.PreparationAccuracyBuilder;
import org.jixiao.report.PrimaryIndicatorBuilder;
import org.jixiao.report.ProjectFundsBuilder;
import org.jixiao.report.Report;
import org.jixiao.report.ReportBuilder;
import org.jixiao.report.ScoreSheet;
import org.jixiao.report.ScoreSheetBuilder;
import org.jixiao.report.SecondaryIndicatorBuilder;
import org.jixiao.report.SelfEvaluationConductBuilder;
import org.jixiao.report.SelfEvaluationResult;
import org.jixiao.report.SelfEvaluationResultBuilder;
import org.jixiao.report.SelfEvaluationWork;
import org.jixiao.report.SelfEvaluationWorkBuilder;
import org.jixiao.report.StaffingBuilder;
import org.jixiao.report.TeamMemberBuilder;
import org.jixiao.report.TertiaryIndicatorBuilder;
import org.jixiao.report.UnitProfile;
import org.jixiao.report.UnitProfileBuilder;
import org.jixiao.report.UnitType;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The reference report written as an OA system writes one from its database rows: with the builders
 * only, every argument named, money as the clerk typed it. It must equal the report read from
 * {@code potou-2022.json}: the builders and the JSON make the same records. Over 300 lines because it
 * is the whole report; each method builds one component of {@link Report}.
 */
@Tag("issue-14")
class PotouBuiltWithBuildersTest {

    @Test
    void theReportBuiltWithBuildersEqualsTheReportReadFromJson() {
        assertEquals(PotouExample.report(), potou());
    }

    static Report potou() {
        return ReportBuilder.builder()
                .description(description())
                .cover(cover())
                .profile(profile())
                .keyTasks(keyTasks())
                .goals(goals())
                .expenditure(expenditure())
                .selfEvaluation(selfEvaluation())
                .result(result())
                .indicatorAnalysis(indicatorAnalysis())
                .problems(problems())
                .improvements(improvements())
                .resultApplication(resultApplication())
                .scoreSheet(scoreSheet())
                .build();
    }

    private static String description() {
        return "湛江市坡头区民政局2022年度整体绩效自评报告（填报日期2023年5月7日），按该局公开发布的原文逐段转录：从封面到三、绩效自评情况中的项目监管情况，原文每一段都在模型中的对应位置，文字与原文一致。原文在此之后被截断，因此四、存在的问题，五、改进措施，六、绩效自评结果应用，“三公”经费的预算数和决算数，自评得分和评价等级，以及附件1评分表，均为本示例编写的示例内容（SAMPLE CONTENT），并非该局原文；七、其他需要说明的事项未写。原文的缺陷（手工编号残留、与数据不符的完成率、文号括号错误、重复段落、遗留的提纲说明文字、半角标点、异体字和错字、段尾空白、金额缺单位等）有意保留，供校验发现。编号、标题和由数据生成的句子（单位概况、评价小组、报送日期和材料、公开一致、预决算、机关运行经费、专项资金到位和使用、火化任务数、资产原值）不作为段落录入，而记在相应的结构化字段中。English: the FY2022 overall performance self-evaluation report of the civil affairs bureau of Potou district (Zhanjiang), transcribed paragraph by paragraph from the published text. The source is truncated: sections 4 to 6 (problems, improvements, result application), the three public expenses, the score, the grade and the score sheet are SAMPLE CONTENT written for this example. The defects of the original are kept on purpose for validation to find.";
    }

    private static Cover cover() {
        return CoverBuilder.builder()
                .evaluationYear(2022)
                .evaluatedUnits(EvaluatedUnitsBuilder.builder()
                        .unit("湛江市坡头区民政局")
                        .scope(EvaluationScope.UNIT_AND_NON_INDEPENDENT_SUBORDINATES)
                        .includedSubordinates(List.of("湛江市坡头区民政局婚姻登记中心", "湛江市坡头区殡葬服务中心"))
                        .build())
                .administrativeLevel(AdministrativeLevel.DISTRICT)
                .sealingUnit("湛江市坡头区民政局")
                .fillingDate(LocalDate.of(2023, 5, 7))
                .basis(NoticeBuilder.builder()
                        .title("湛江市坡头区财政局关于开展2023年区级财政资金绩效自评工作的通知")
                        .number(DocumentNumberBuilder.builder()
                                .issuerCode("湛坡财")
                                .year(2023)
                                .serial(80)
                                .build())
                        .build())
                .build();
    }

    private static UnitProfile profile() {
        return UnitProfileBuilder.builder()
                .unitType(UnitType.ADMINISTRATIVE)
                .subordinateUnits(List.of("湛江市坡头区民政局婚姻登记中心", "湛江市坡头区殡葬服务中心"))
                .staffing(StaffingBuilder.builder()
                        .administrativePosts(9)
                        .logisticsPostsIncluded(1)
                        .careerPosts(11)
                        .inServiceFunded(20)
                        .retirees(10)
                        .build())
                .functions(List.of(
                        ItemBuilder.builder()
                                .title("1、1、11贯彻执行国家、省、市和区有关民政工作的方针政策和法律法规，起草有关地方规范性文件，拟订全区民政事业发展规划，并组织实施和监督检査。")
                                .build(),
                        ItemBuilder.builder()
                                .title("负责城乡居民最低生活保障、特困人员救助供养、临时救助、流浪乞讨及生活无着落人员救助工作，健全城乡社会救助体系。")
                                .build(),
                        ItemBuilder.builder()
                                .title(
                                        "拟订行政区划、行政区域界线和地名管理的有关规范性文件并监督实施;承担全区乡镇以上行政区域的设立、撤销、调整、更名、界线变更以及政府驻地迁移的审核报批;组织设置地名标志和管理地名档案;负责区内各级行政区域界线的勘定和管理工作;承办边界争议的调处事务;承担地名命名更名、销名的审核工作;组织编制地名规划;规范地名标志和管理工作。")
                                .build(),
                        ItemBuilder.builder()
                                .title(
                                        "贯彻落实城乡基层群众自治组织建设和城乡社区治理建设政策，指导实施城乡社区治理服务体系和治理能力建设提出加强和改进城乡基层政权建设的建议，推动基层民主政治建设。")
                                .build(),
                        ItemBuilder.builder()
                                .title("贯彻落实婚姻管理政策，推进婚俗改革，指导婚姻服务机构管理工作。")
                                .build(),
                        ItemBuilder.builder()
                                .title("贯彻落实殡葬管理政策、服务规范，推进殡葬改革，指导殡葬服务机构管理工作。")
                                .build(),
                        ItemBuilder.builder()
                                .title("统筹推进、督促指导、监督管理养老服务工作，拟订全区养老服务体系建设规划、规范性文件并组织实施，承担老年人福利和特殊困难老年人救助工作。")
                                .build(),
                        ItemBuilder.builder()
                                .title("贯彻落实残疾人权益保护政策，统筹推进残疾人福利制度建设。")
                                .build(),
                        ItemBuilder.builder()
                                .title("贯彻落实儿童福利、孤弃儿童保障、儿童收养、儿童救助保护政策和标准，健全农村留守儿童关爱服务体系和困境儿童保障机制。")
                                .build(),
                        ItemBuilder.builder()
                                .title("负责社会福利机构的监督管理，组织落实促进慈善事业发展政策，指导社会捐助工作，负责管理福利彩票销售工作，负责管理、使用、发放福利资金和民政事业费。")
                                .build(),
                        ItemBuilder.builder()
                                .title("会同有关部门按规定拟订社会工作发展规划、规范性文件和职业规范，推进社会工作人才队伍建设和志愿者队伍建设。")
                                .build(),
                        ItemBuilder.builder()
                                .title("承担全区社会组织(含社会团体、基金会、区异地商会、民办非企业单位、社会服务机构)进行依法登记管理和监督的责任。")
                                .build(),
                        ItemBuilder.builder().title("贯彻落实党的人才发展政策，履行人才工作相关职责。").build(),
                        ItemBuilder.builder().title("完成区委、区政府和上级交办的其他任务。").build(),
                        ItemBuilder.builder()
                                .title(
                                        "职能转变。强化基本民生保障职能，为困难群众孤老孤残孤儿等特殊群体提供基本社会服务，促进资源向薄弱地区、领域、环节倾斜。积极培育社会组织、社会工作者等多元参与主体，推动搭建基层社会治理和社区公共服务平台。")
                                .build()))
                .divisionOfDuties(List.of(
                        ItemBuilder.builder()
                                .title(
                                        "与区卫生健康局的有关职责分工。区民政局负责统筹推进、督促指导、监督管理养老服务工作，拟订养老服务体系建设规划、规范性文件并组织实施，承担老年人福利和特殊困难老年人救助工作。区卫生健康局负责拟订应对人口老龄化、医养结合政策措施，综合协调、督促指导、组织推进老龄事业发展，承担老年疾病防治、老年人医疗照护、老年人心理健康与关怀服务等老年健康工作。")
                                .build(),
                        ItemBuilder.builder()
                                .title("与自然资源局的有关职责分工。区民政局会同区自然资源局组织编制公布行政区划信息的湛江市坡头区行政区划图。")
                                .build()))
                .build();
    }

    private static List<Item> keyTasks() {
        return List.of(
                ItemBuilder.builder().title("聚焦学深悟透，学习贯彻党的二十大精神。").build(),
                ItemBuilder.builder().title("聚焦疫情防控，做好常态化防护工作。").build(),
                ItemBuilder.builder().title("聚焦民生保障，全力做好社会救助工作。").build(),
                ItemBuilder.builder().title("聚焦“湛江慧养”，构建养老服务体系。").build(),
                ItemBuilder.builder().title("聚焦乡村振兴，推进美丽乡村建设。").build(),
                ItemBuilder.builder().title("聚焦“双百工程 ”，打通服务群众“最后一次公里”。").build(),
                ItemBuilder.builder().title("聚焦群众关切，提升社会服务和管理质量。").build(),
                ItemBuilder.builder().title("聚焦平安建设，扎实做好社会治安综合治理工作。").build(),
                ItemBuilder.builder().title("聚焦营商环境，深化民政“放管服”改革。").build());
    }

    private static List<PerformanceGoal> goals() {
        return List.of(
                PerformanceGoalBuilder.builder()
                        .title("着力改善民生，提高救助保障标准。")
                        .paragraphs(
                                List.of(
                                        "根据《关于印发2022年全市城乡低保标准及特困人员基本生活供养标准的通知》（湛民〔2022〕107号）的要求，我区从2022年1月1日起将城镇低保标准提高到828元/人.月，补差水平提高到653元/人.月；农村低保标提高到579元/人.月，补差水平提高到315元/人.月；城镇和农村特困人员供养标准分别提高到1325元/人.月、927元/人.月，2022年7月，已按新标准发放补助并补发差额。"))
                        .build(),
                PerformanceGoalBuilder.builder()
                        .title("建立健全机制，落实兜底对象入户核查。")
                        .paragraphs(
                                List.of(
                                        "建立健全困难群众基本生活保障工作协调机制，充分发挥机制作用，我区开展低收入人口信息采集和低收入家庭（低保边缘家庭）认定工作，逐步建立了涵盖低收入救助、最低生活保障、特困人员供养、困境儿童（含孤儿、事实无人抚养儿童等）保障、残疾人两项补贴、临时救助等制度相结合的综合性社会救助体系。截止2022年12月，全区共发放低保金4398.1047万元、特困供养金1139.2620万元、特困人员护理费158.5992万元。"))
                        .build(),
                PerformanceGoalBuilder.builder()
                        .title("开展专项行动，落实特殊群体排查救助。")
                        .paragraphs(
                                List.of(
                                        "全区困难家庭中特殊群体排查救助专项行动，共排查出506人（其中困难家庭160人，非困难家庭346人），区民政局严格落实困难群众基本生活保障100%全覆盖工作，困难家庭落实基本生活保障情况:纳入低保57人，特困10人、低保边缘家庭1人。发放残疾人两项补贴23人。进行临时救助89人，落实专项救助的有25人。有效防范化解特殊群体困难群众基本生活保障的风险隐患。"))
                        .build(),
                PerformanceGoalBuilder.builder()
                        .title("实施兜底民生服务社会工作双百工程。")
                        .paragraphs(
                                List.of(
                                        "深入实施兜底民生服务社会工作“双百工程”是坡头区2022年十件民生实事之一。为扎实推进全区的“双百工程”，让广大“双百”社工立足镇街、深入村居，用脚丈量社区，用服务温暖民心，打通党和政府联系服务群众的“最后一米”，从2022年5月底开始，我局协同市民政局督导办公室督导员开展社工点选点工作，严格按照“落在村居、自然村”、“弱势优先”的选点标准和原则进行选点，历经4个月，于2022年10月圆满完成了14个新站点的筹建工作。",
                                        "目前，坡头区拥有双百社工74名（含本次招聘新入职的社工38名），打造了7个镇（街道）社会工作服务站、22个村（社区）社会工作服务点，各社工站（点）已完成挂牌、制度上墙、制度建设、设备落实、社会工作与志愿服务协会成立等工作。本次“广东兜底民生服务社会工作双百工程”新增（村）居社会工作服务点的挂牌标志着坡头区实现了乡镇(街道)社会工作服务站100％全覆盖的工作目标，做到了社工工作有阵地、建设有人才、组织有保障，为社会救助、为老服务、儿童关爱、未成年人保护等综合性服务工作的开展提供了强有力的支撑。"))
                        .build(),
                PerformanceGoalBuilder.builder()
                        .title("社会养老服务机构逐步完善，建设特困供养人员居家适老化改造工程项目，推进镇级敬老院公建民营社会化改革。")
                        .paragraphs(
                                List.of(
                                        "区民政局积极发挥职能作用，探索推进老龄事业和产业发展，基本建立了以居家为基础、社区为依托、机构为补充、医养相结合的养老服务体系，有效提升老年人的获得感和幸福感，不断擦亮全面小康的幸福底色。"))
                        .subItems(List.of(
                                ItemBuilder.builder()
                                        .title("多种模式并用，满足老人需求。")
                                        .paragraphs(
                                                List.of(
                                                        "近几年，为了能全面掌握我区老年人的生活状况和需求，有计划、有步骤的开展社区居家养老服务工作，对休闲娱乐、家庭保健、上门送餐、心灵陪护等方面有需求的老年人，探索打造出1+3+N居家养老服务。围绕一个服务群体，老年人；构建三支队伍，社区建立“三者结合”的队伍模式，即“社区工作者+双百社工+志愿者”开展日常工作；提供N项服务，如文体活动、健康知识培训、营养餐配送、家政上门、心灵慰藉等服务项目。目前，我区已经与湛江市融合社工签订委托运营服务，真正打造了“10分钟城区社区居家养老服务圈”。"))
                                        .build(),
                                ItemBuilder.builder()
                                        .title("整合社区资源，完善服务设施。")
                                        .paragraphs(
                                                List.of(
                                                        "按照湛江市《湛江市民政局“营商环境整治提升年”活动方案》要求，积极发展我区社区和居家养老服务，全面提升我区社区居家养老服务设施软硬件建设。在老年人相对集中地社区新建了社区居家养老服务中心（站点），充分利用辖区内可以利用的资源，截至目前，我区已在申蓝宝邸小区建有坡头区社区居家养老综合服务示范中心、南调街道社区居家养老综合服务中心；在麻斜教师村建有麻斜街道社区居家养老综合服务中心；在海港新城小区建有怡海社区居家养老服务站；在启达东海岸小区、凯旋湾小区建有社区居家养老服务站。为社区老人提供日间休息、休闲娱乐、健康指导、心理慰藉等四项以上助老服务功能，基本满足了老年人多样化社区和居家养老服务需求。到2022年底前，将创建完成全区7个镇（街）镇级社区居家养老综合服务中心、13个社区居家养老服务站创建工作。"))
                                        .build()))
                        .build(),
                PerformanceGoalBuilder.builder()
                        .title(
                                "建立未成年人保护工作协调机制。实施留守儿童“合力监护、相伴成长”关爱保护专项三年行动方案，建立健全了关爱保护机制，建立“坡头区未成年人救助保护中心”。截止2022年12月，我区共有孤儿24人，事实无人抚养儿童84人，累计发放孤儿、事实无人抚养儿童基本生活费1688518元。")
                        .build());
    }

    private static Expenditure expenditure() {
        return ExpenditureBuilder.builder()
                .budget(BudgetBuilder.builder()
                        .total(Money.tenThousandYuan("4659.17"))
                        .basic(Money.tenThousandYuan("386.44"))
                        .project(Money.tenThousandYuan("4272.73"))
                        .build())
                .finalAccounts(FinalAccountsBuilder.builder()
                        .income(Money.tenThousandYuan("9141.56"))
                        .expenditure(Money.tenThousandYuan("9141.56"))
                        .basic(Money.tenThousandYuan("460.88"))
                        .project(Money.tenThousandYuan("8680.68"))
                        .build())
                .publicFunds(BudgetVsActualBuilder.builder()
                        .budget(Money.tenThousandYuan("84.02"))
                        .actual(Money.tenThousandYuan("36.28"))
                        .build())
                .threePublicExpenses(BudgetVsActualBuilder.builder()
                        .budget(Money.tenThousandYuan("4.50"))
                        .actual(Money.tenThousandYuan("2.63"))
                        .build())
                .build();
    }

    private static SelfEvaluationWork selfEvaluation() {
        return SelfEvaluationWorkBuilder.builder()
                .team(EvaluationTeamBuilder.builder()
                        .leader(TeamMemberBuilder.builder()
                                .name("谢云雨")
                                .post("副局长")
                                .build())
                        .members(List.of("黄芳菲", "谢思茹", "张雄群", "李志", "许亚文", "李宇"))
                        .office("局办公室")
                        .liaison("杨柳飞")
                        .duties(List.of("办公室主要负责资金收支及管理情况，各相关业务科室对大于100万元的专项资金进行绩效自评，收集资料和填报自评表格，统一报送绩效评价小组。"))
                        .build())
                .process(List.of("在绩效自评指标中，结合市民政局和区财政局相关设定的评价指标，按照民政系统实际要求和成效进行自评。各业务股室均严格按照要求做好绩效自评工作，按时报送绩效自评资料。"))
                .submission(MaterialSubmissionBuilder.builder()
                        .date(LocalDate.of(2023, 5, 10))
                        .materials(List.of("年度部门预决算文件", "部门职能文件", "下达文件"))
                        .quality(List.of("我局对所报送自评材料真实性、完整性、一致性、规范性负责。"))
                        .build())
                .disclosure(DisclosureBuilder.builder().consistent(true).build())
                .build();
    }

    private static SelfEvaluationResult result() {
        return SelfEvaluationResultBuilder.builder()
                .conclusion(
                        List.of(
                                "包含整体支出绩效自评结论（综合评判单位在预算年度内整体支出绩效目标的完成情况及其履行职责的经济性、效率性、效果性和公平性）、自评分数和等级。",
                                "结合我局实际情况,以“保运转,保民生”为前提,按照“统筹兼顾、突出重点、有保有压”的原则,规范基本预算编制,保障正常运转需求,严格配套支出预算,提高精细化程度。厉行节约、量入为出、实现收支平衡。强化综合预算,统筹安排支出,严格控制“三公经费支出”努力降低行政运行成本。",
                                "2022年以来，我局立足于群众所需所盼，办实事开新局，扎实开展15项“我为群众办实事”实践活动。通过提升社会救助水平，推进政务服务改革，强化基层治理能力，打造智能养老新业态，重塑审批流程，推动民政工作开新局谱新篇，不断增强人民群众的幸福感、获得感。"))
                .score(new BigDecimal("94.3"))
                .statedGrade(Grade.EXCELLENT)
                .achievements(List.of(
                        ItemBuilder.builder()
                                .title("提高政治站位，全面完成区委区府中心工作。")
                                .paragraphs(
                                        List.of(
                                                "一是不断创新学习形式，学习贯彻党的二十大精神。把理论学习和工作实践推向深入，引导我局党员干部群众把思想和行动统一到习近平新时代中国特色社会主义思想上来，以更加奋发向上的精神状态，为坡头奋进全市第一方队作出新的更大贡献，努力谱写坡头高质量发展新篇章。二是党组书记带头，坚持把自己摆进去、把工作摆进去、把职责摆进去，在抓好学习宣传贯彻党的二十大精神的同时，带头抓好民政系统自身任务的落实。"))
                                .build(),
                        ItemBuilder.builder()
                                .title("进一步加强基层政权建设，保证农村基层稳定。")
                                .subItems(List.of(
                                        ItemBuilder.builder()
                                                .title(
                                                        "坡头区100%村和社区制定形成务实管用的村规民约、居民公约。2022年，我局领导多次组织业务人员到各村（社区）进行检查，要求各村（居）委会、村民小组把移风易俗纳入村规民约，倡导文明新风，积极推行喜事新办，丧事简办，厚养薄葬，推动建立红白理事会、民主议事会、道德评议会、禁毒禁赌会。7月，结合乡村振兴考核，我局制定了村规民约的模板，并要求各村（社区）建立奖惩机制。截至2022年9月，我区74个村（社区）已完成村规民约修订，全部上墙，大部分村（社区）已完善奖惩机制。")
                                                .build(),
                                        ItemBuilder.builder()
                                                .title(
                                                        "更新完善全国基层政权建设和社区治理信息系统数据。根据《广东省民政厅办公室关于做好全国基层政权建设和社区治理信息系统部署应用工作的通知》（粤民办函【2021】37号）相关要求，坡头区民政局把握工作重点和时间节点，及时安排专人负责系统，并建立基层政权建设和社区治理信息系统群，及时布置各村（社区）完善系统，进行数据录入工作。我局通过定期核查系统，报表反馈，认真做好并督促镇（街）、村（社区）做好系统数据更新工作，重点关注了机构设置、队伍管理、村（居）赋码等几个方面问题，仔细核对了坡头区辖区内机构设置是否完全准确，有无多重管理，重复设置的问题；补齐补全了城乡社区工作者基础信息模块新增的签订合同情况、收入情况、社会保险待遇落实情况等数据内容；完善了村（居）民委员会成员信息及下设委员会信息。")
                                                .build(),
                                        ItemBuilder.builder()
                                                .title(
                                                        "开展社区治理工作。按照《湛江市民政局转发<广东省民政厅开展“一站式”城乡社区综合服务示范创建工作的通知》要求，我局开展“一站式”城乡社区综合服务示范创建工作，推荐了麻斜街道麻斜社区和南调街道海盛社区作为试点单位，并上交了示范创建资料。我局多次到试点社区进行业务指导，目前两个试点社区已建成以党群服务中心为基本阵地的一站式服务中心，包含政务服务、党群活动、综合治理、协商议事、文体康养的多功能区域。麻斜社区和海盛社区建立了人民调解、治安保卫、公共卫生委员会，健全了社区服务机制，下一步将继续成立其他委员会，细化网格化管理，做好社区服务工作。")
                                                .build(),
                                        ItemBuilder.builder()
                                                .title(
                                                        "开展2022年正常离任村干部信息采集工作。2022年4月，第一次离任干部信息采集工作领导小组会议审核165名离任干部；2022年9月，第二次离任干部信息采集工作领导小组会议审核379名离任干部。目前，审核通过的正常离任干部已正常发放补贴。")
                                                .build()))
                                .build(),
                        ItemBuilder.builder()
                                .title("进一步开展信访排查，做好社会稳控工作。")
                                .paragraphs(
                                        List.of(
                                                "民政信访工作是民政部门联系困难群众、城乡低保、农村五保等民政工作对象的桥梁和纽带，我局全体干部职工站在讲政治、顾大局、保稳定的高度，切实提高政治站位，从制度上强化了信访工作有力推进，有效的解决了群众合理诉求，维护了人民群众合法权益，减少了不和谐因素，构建为民、开放、和谐、高效民政发挥了积极作用。2022年，我局共收到25件信访件，反映的问题主要有不具当选资格、选举程序不当、要求审计清账等问题。已组织有关部门调查核实并答复上访人，民政其他领域未发生矛盾纠纷或重大上访事件，总体维稳环境和谐、有序。"))
                                .build(),
                        ItemBuilder.builder()
                                .title("进一步整治营商环境，深化民政“放管服”改革。")
                                .paragraphs(
                                        List.of(
                                                "按照湛江市《湛江市民政局“营商环境整治提升年”活动方案》要求，积极发展我区社区和居家养老服务，全面提升我区社区居家养老服务设施软硬件建设。在老年人相对集中地社区新建了社区居家养老服务中心（站点），充分利用辖区内可以利用的资源，截至目前，我区已在申蓝宝邸小区建有坡头区社区居家养老综合服务示范中心、南调街道社区居家养老综合服务中心；在麻斜教师村建有麻斜街道社区居家养老综合服务中心；在海港新城小区建有怡海社区居家养老服务站；在启达东海岸小区、凯旋湾小区建有社区居家养老服务站。为社区老人提供日间休息、休闲娱乐、健康指导、心理慰藉等四项以上助老服务功能，基本满足了老年人多样化社区和居家养老服务需求。到2022年底前，将创建完成全区7个镇（街）镇级社区居家养老综合服务中心、13个社区居家养老服务站创建工作。"))
                                .build()))
                .build();
    }

    private static IndicatorAnalysis indicatorAnalysis() {
        return IndicatorAnalysisBuilder.builder()
                .preparation(BudgetPreparationBuilder.builder()
                        .rationality(List.of("我局预算编制合理，部门预算符合本部门职责、符合区委、区政府的方针政策和工作要求，资金根据项目的轻重缓急进行分配。"))
                        .standardization(List.of("我局预算编制规范，符合区财政当年度有关预算编制的原则，在规范性和细致程度方面符合要求。"))
                        .accuracy(PreparationAccuracyBuilder.builder()
                                .differenceRate(
                                        List.of("我局预算编制准确。", "在预决算差异率计算中，我局预算批复数据与决算数出现差异，原因是：预算资金中不含省市下达的专项资金。"))
                                .classification(List.of("项目预算、功能分类和经济分类等预算编制的准确，年度中间无频繁调剂。"))
                                .build())
                        .goalSetting(
                                List.of(
                                        "目标设置完整、科学。我局按要求申报项目绩效目标和设置部门整体绩效目标。绩效指标中包含能够明确体现我局履职效果的社会效益指标；绩效指标具有清晰、可衡量的指标值，且设置了可量化的指标；绩效目标的目标值测算有依据，符合客观实际。"))
                        .build())
                .execution(BudgetExecutionBuilder.builder()
                        .overview(List.of(
                                "部门除对预算执行情况相应指标进行分析外，结合项目绩效自评情况，分项对市级财政预算安排的部门重点项目支出的项目管理、项目实施、资金使用和项目绩效进行重点分析。"))
                        .safeguards(
                                List.of(
                                        "我局制定了《湛江市坡头区民政局财务管理规定》《湛江市坡头区民政局政府采购内部控制管理制度》等相应的内部控制和管理制度、项目管理制度以及实施方案，且相关管理制度合法、合规、完整。"))
                        .spendingManagement(
                                List.of(
                                        "我局资金支出规范，严格执行《湛江市坡头区民政局财务管理规定》《市直党政机关和事业单位差旅费管理办法》及其他相关规范管理规定；我局会计核算支出依据合规，规范执行会计核算制度得，按规定设专账核算，支出凭证符合规定。项目（专项）支出合规，资金管理、费用标准、支付符合有关制度规定，不存在超预算、超范围、超标准支出的情况，不存在虚列支出的情况、不存在截留、挤占、挪用项目资金情况。"))
                        .projectManagement(
                                List.of(
                                        "我局所有项目支出（含专项工作经费）实施过程规范,申报、批复程序符合相关管理办法；项目招投标、调整、完成验收等履行相应手续。按规定对主管的专项资金和专项经费实施开展有效的检查、监控、督促整改。"))
                        .assetManagement(AssetManagementBuilder.builder()
                                .paragraphs(List.of("2022年我局无出租、出借、处置国有资产，资产账与财务账相符。"))
                                .fixedAssetsOriginalValue(Money.yuan("5166573.74"))
                                .intangibleAssetsOriginalValue(Money.yuan("1004800"))
                                .build())
                        .build())
                .supervision(BudgetSupervisionBuilder.builder()
                        .disclosure(InformationDisclosureBuilder.builder()
                                .budgetAndFinalAccounts(List.of("按规定要求完成公开；2021年部门预决算和2022年预算信息公开检查中未发现存在问题。 "))
                                .performanceGoals(List.of("我局按照绩效目标批复要求在单位门户网站公开绩效目标，所公开的绩效目标内容与批复一致。"))
                                .selfEvaluationMaterials(
                                        List.of("我局按绩效自评文件要求，在规定时间内在单位门户网站公开绩效自评材料，保证自评材料的真实、及时、透明情况。"))
                                .build())
                        .selfEvaluation(SelfEvaluationConductBuilder.builder()
                                .organisation(List.of(
                                        "工作小组下设办公室，设在局办公室、联络员为杨柳飞。",
                                        "办公室主要负责资金收支及管理情况，各相关业务科室对大于100万元的专项资金进行绩效自评，收集资料和填报自评表格，统一报送绩效评价小组。"))
                                .timeliness(List.of("我局在规定时间内完成自评工作并按时报送材料。"))
                                .quality(List.of("我局自评材料真实，表格填写内容齐全，自评报告的内容全面详实，自评评分表自评得分客观、真实，佐证材料与项目存在联系，能证明项目情况。"))
                                .build())
                        .build())
                .benefit(BudgetBenefitBuilder.builder()
                        .goalAchievement(GoalAchievementBuilder.builder()
                                .overallBenefit(
                                        List.of(
                                                "全面完成区委区府中心工作。全力完成市、区“十件重点民生项目”。结合党史学习教育“我为群众办实事”实践活动，按照市、区“十件重点民生项目”要求，我局始终坚持“民政为民、民政爱民”工作理念，各项底线民生保障水平进一步提高。",
                                                "全面推进民政各项工作高质量发展。根据《关于印发2022年全市城乡低保标准及特困人员基本生活供养标准的通知》（湛民〔2022〕107号）的要求，我区从2022年1月1日起将城镇低保标准提高到828元/人.月，补差水平提高到653元/人.月；农村低保标提高到579元/人.月，补差水平提高到315元/人.月；城镇和农村特困人员供养标准分别提高到1325元/人.月、927元/人.月，2022年7月，已按新标准发放补助并补发差额。",
                                                "建立健全困难群众基本生活保障工作协调机制，充分发挥机制作用，我区开展低收入人口信息采集和低收入家庭（低保边缘家庭）认定工作，逐步建立了涵盖低收入救助、最低生活保障、特困人员供养、困境儿童（含孤儿、事实无人抚养儿童等）保障、残疾人两项补贴、临时救助等制度相结合的综合性社会救助体系。截止2022年12月，全区共发放低保金4398.1047万元、特困供养金1139.2620万元、特困人员护理费158.5992万元。",
                                                "全区困难家庭中特殊群体排查救助专项行动，共排查出506人（其中困难家庭160人，非困难家庭346人），区民政局严格落实困难群众基本生活保障100%全覆盖工作，困难家庭落实基本生活保障情况:纳入低保57人，特困10人、低保边缘家庭1人。发放残疾人两项补贴23人。进行临时救助89人，落实专项救助的有25人。有效防范化解特殊群体困难群众基本生活保障的风险隐患。",
                                                "我局殡葬服务中心认真贯彻落实省、市、区关于殡葬改革工作指示精神，紧紧围绕火化率、自然火化率“两个百分百”的目标，结合2022年省民政厅和市民政局部署的专项整治工作的要求,积极开展巩固和深化“活人墓”等突出问题整治,殡仪馆长期存放无人认领遗体处理情况等工作，做到认真落实责任，攻坚克难，较好地完成年度殡改工作各项任务。",
                                                "在狠抓火化率的同时，骨灰存放基础设施建设加快和完善，全区现有骨灰安葬（放）设施40座，通过建立死亡、火化、骨灰集中安放“三合一”制度，节地安葬已为群众所接受。",
                                                "坡头区100%村和社区制定形成务实管用的村规民约、居民公约。2022年，我局领导多次组织业务人员到各村（社区）进行检查，要求各村（居）委会、村民小组把移风易俗纳入村规民约，倡导文明新风，积极推行喜事新办，丧事简办，厚养薄葬，推动建立红白理事会、民主议事会、道德评议会、禁毒禁赌会。7月，结合乡村振兴考核，我局制定了村规民约的模板，并要求各村（社区）建立奖惩机制。截至2022年9月，我区74个村（社区）已完成村规民约修订，全部上墙，大部分村（社区）已完善奖惩机制。",
                                                "更新完善全国基层政权建设和社区治理信息系统数据。根据《广东省民政厅办公室关于做好全国基层政权建设和社区治理信息系统部署应用工作的通知》（粤民办函【2021】37号）相关要求，坡头区民政局把握工作重点和时间节点，及时安排专人负责系统，并建立基层政权建设和社区治理信息系统群，及时布置各村（社区）完善系统，进行数据录入工作。我局通过定期核查系统，报表反馈，认真做好并督促镇（街）、村（社区）做好系统数据更新工作，重点关注了机构设置、队伍管理、村（居）赋码等几个方面问题，仔细核对了坡头区辖区内机构设置是否完全准确，有无多重管理，重复设置的问题；补齐补全了城乡社区工作者基础信息模块新增的签订合同情况、收入情况、社会保险待遇落实情况等数据内容；完善了村（居）民委员会成员信息及下设委员会信息。",
                                                "开展社区治理工作。按照《湛江市民政局转发<广东省民政厅开展“一站式”城乡社区综合服务示范创建工作的通知》要求，我局开展“一站式”城乡社区综合服务示范创建工作，推荐了麻斜街道麻斜社区和南调街道海盛社区作为试点单位，并上交了示范创建资料。我局多次到试点社区进行业务指导，目前两个试点社区已建成以党群服务中心为基本阵地的一站式服务中心，包含政务服务、党群活动、综合治理、协商议事、文体康养的多功能区域。麻斜社区和海盛社区建立了人民调解、治安保卫、公共卫生委员会，健全了社区服务机制，下一步将继续成立其他委员会，细化网格化管理，做好社区服务工作。",
                                                "开展2022年正常离任村干部信息采集工作。2022年4月，第一次离任干部信息采集工作领导小组会议审核165名离任干部；2022年9月，第二次离任干部信息采集工作领导小组会议审核379名离任干部。目前，审核通过的正常离任干部已正常发放补贴。\u3000",
                                                "民政信访工作是民政部门联系困难群众、城乡低保、农村五保等民政工作对象的桥梁和纽带，我局全体干部职工站在讲政治、顾大局、保稳定的高度，切实提高政治站位，从制度上强化了信访工作有力推进，有效的解决了群众合理诉求，维护了人民群众合法权益，减少了不和谐因素，构建为民、开放、和谐、高效民政发挥了积极作用。2022年，我局共收到25件信访件，反映的问题主要有不具当选资格、选举程序不当、要求审计清账等问题。已组织有关部门调查核实并答复上访人，民政其他领域未发生矛盾纠纷或重大上访事件，总体维稳环境和谐、有序。",
                                                "我局认真制定《坡头区民政局优化“营商环境整治提升年”活动方案》，统筹推进营商环境优化提升工作。一是制定《坡头区镇级敬老院整治提升方案》和坡头区敬老院公建民营社会化改革实施方案》，大力推进镇级敬老院公建民营社会化改革。二是为我区失能半失能人员配发 “双摇护理床” 77张，推进家庭照护床位和特困供养人员居家适老化改造工程。三是全面提升服务意识。定期开展业务培训，树立良好的民政形象，以一流的服务，高、精、准的办事效率，担当作为的实干精神，促进民政营商环境建设高质量发展。"))
                                .targets(List.of(MeasurableTargetBuilder.builder()
                                        .indicator("2022年全区遗体火化")
                                        .target(new BigDecimal("2205"))
                                        .achieved(new BigDecimal("1951"))
                                        .unit("具")
                                        .statedCompletionRatePercent(new BigDecimal("85"))
                                        .build()))
                                .build())
                        .keyWorkCompletion(List.of(ItemBuilder.builder()
                                .title(
                                        "打造主城区15分钟养老服务圈。打造10分钟城区社区居家养老服务圈。为推动我区城区社区居家养老服务快速、健康发展，坡头区民政局充分利用福利彩票公益金先后投入210万元打造“湛江慧养 ”。我区已在申蓝宝邸小区建有坡头区社区居家养老综合服务示范中心、南调街道社区居家养老综合服务中心；在麻斜教师村建有麻斜街道社区居家养老综合服务中心；在海港新城小区建有怡海社区居家养老服务站；在启达东海岸小区、凯旋湾小区建有社区居家养老服务站。充分发挥日间照料服务站作用、打造银发乐园。为社区老人提供日间休息、休闲娱乐、健康指导、心理慰藉等四项以上助老服务功能，基本满足了老年人多样化社区和居家养老服务需求，成功打造10分钟城区社区居家养老服务圈。")
                                .build()))
                        .keyProjectsOverview(List.of("民政专项资金项目多，在会计账中均按要求设置专门项目进行核算，并按规定用途开支。其中民政管理事务专项资金较为代表性。"))
                        .keyProjects(List.of(KeyProjectBuilder.builder()
                                .name("民政管理事务专项资金")
                                .setup(List.of("根据部门职能，我局每年均按要求在预算安排中申请民政管理事务专项资金，2022年区财政安排该项资金122.86万元。"))
                                .goals(
                                        List.of(
                                                "保障单位正常运转，支持婚姻、殡葬、孤儿童、养老服务体系、社工等各项工作顺利开展。继续做好农村低保制度与扶贫开发政策有效衔接，不断提高城乡社会救助保障水平，增强困难群众的获得感。做好特殊群体保障工作。完善救助和托养安全保障机制。将符合条件的困境儿童按政策分别纳入最低生活保障、特困人员救助供养和临时救助范围。加快养老床位建设，落实好经济困难的高龄、失能等老年人护理补贴和服务补贴制度，强化农村留守老人关爱服务工作。拓展居家养老服务市场。进一步推进村民议事协商、村民小组规范化建设、村（居）务公开工作，以社会主义核心价值观为引领完善新时代村规民约，推进自治、法治、德治相结合的乡村治理体系建设。大力培育发展社区社会组织。组织实施“双百社工工程”全覆盖，以民政服务对象为主体，推进专业社工服务向基层延伸，拓展社会工作服务领域。加大培育志愿服务组织力度，做好志愿服务组织的规范管理工作。"))
                                .funds(ProjectFundsBuilder.builder()
                                        .asOf(LocalDate.of(2022, 12, 31))
                                        .arranged(Money.tenThousandYuan("122.86"))
                                        .arrived(Money.tenThousandYuan("122.86"))
                                        .used(Money.tenThousandYuan("122.86"))
                                        .statedArrivalRatePercent(new BigDecimal("100"))
                                        .statedUsageRatePercent(new BigDecimal("100"))
                                        .build())
                                .fundsManagement(
                                        List.of(
                                                "在年度中按照工作进度向财政申请资金，在会计核算上，按要求设置专项项目“财政拨款-民政管理事务专项资金”，对专项资金专款专用。在申请资金前，由各使用部门根据实际需要，按照财务管理审批权限及手续，做好事前审批，领导批复后方可进行开支。"))
                                .performance(
                                        List.of(
                                                "2022年民政管理事务专项资金使用率达100%，有效保障了单位运转，保障各业务部门下乡核查、督导工作的开展，开展业务培训，进一步提高了业务人员的工作水平。"))
                                .supervision(
                                        List.of(
                                                "我局的民政管理事务专项资金每年均按要求填报预算，进行项目申报。根据区财政局批复的预算数，严格控制在职能范围内开支，与使用范围不相符或不按财务管理规定办理手续的事项一律不予开支。"))
                                .build()))
                        .build())
                .build();
    }

    private static List<Item> problems() {
        return List.of(
                ItemBuilder.builder()
                        .title("预算编制不够精细，预决算差异较大。")
                        .paragraphs(
                                List.of(
                                        "2022年我局年初总预算4659.17万元，支出决算9141.56万元，预决算差异率达96.21%。主要原因是年初预算未包含省、市在年度中下达的社会救助、养老服务等专项资金，预算编制对上级转移支付资金的预见性不足，预算的完整性和准确性有待提高。"))
                        .build(),
                ItemBuilder.builder()
                        .title("绩效目标量化不足。")
                        .paragraphs(List.of(
                                "部门整体支出绩效目标和重点项目绩效目标以定性描述为主，可量化的产出、效益指标偏少，部分指标未明确数量、质量和时效标准，绩效目标对预算执行和绩效评价的约束作用发挥不够。"))
                        .build(),
                ItemBuilder.builder()
                        .title("殡葬改革任务未全面完成。")
                        .paragraphs(
                                List.of(
                                        "2022年全区火化任务数2205具，完成遗体火化1951具，完成率88.48%，未完成年度火化任务。主要原因是部分群众土葬观念仍较重，基层殡改宣传和遗体火化动态监管不够到位，镇（街）、村（居）之间的工作联动有待加强。"))
                        .build());
    }

    private static List<Improvement> improvements() {
        return List.of(
                ImprovementBuilder.builder()
                        .measure("提高预算编制的精细化水平。")
                        .paragraphs(
                                List.of(
                                        "加强与区财政局和上级业务主管部门的沟通，及时掌握省、市专项资金的下达计划，编制2024年部门预算时将可预见的上级专项资金一并纳入，年度中追加的资金及时办理预算调整，逐步缩小预决算差异。"))
                        .deadline(LocalDate.of(2023, 10, 31))
                        .build(),
                ImprovementBuilder.builder()
                        .measure("完善绩效目标管理。")
                        .paragraphs(
                                List.of(
                                        "编制2024年部门预算时，对照部门职能和年度重点工作细化、量化绩效指标，明确各项指标的数量、质量、时效和成本标准，做到绩效目标与预算同步申报、同步批复，并加强绩效运行监控。"))
                        .deadline(LocalDate.of(2023, 9, 30))
                        .build(),
                ImprovementBuilder.builder()
                        .measure("加大殡葬改革推进力度。")
                        .paragraphs(List.of("加强殡葬改革政策宣传，压实镇（街）、村（居）殡葬管理责任，建立死亡人口信息与遗体火化信息比对通报机制，确保全面完成2023年度火化任务。"))
                        .deadline(LocalDate.of(2023, 12, 31))
                        .build());
    }

    private static List<String> resultApplication() {
        return List.of(
                "我局将本次自评结果作为安排2024年部门预算、完善项目管理的重要依据，对预决算差异较大、绩效目标量化不足、火化任务未完成等问题逐项建立整改台账，明确责任股室和完成时限，整改情况纳入股室年度工作考核。",
                "自评报告、数据表和评分表按规定在单位门户网站公开，主动接受社会监督。");
    }

    private static ScoreSheet scoreSheet() {
        return ScoreSheetBuilder.builder()
                .indicators(List.of(
                        PrimaryIndicatorBuilder.builder()
                                .name("预算编制")
                                .weight(new BigDecimal("20"))
                                .indicators(List.of(
                                        SecondaryIndicatorBuilder.builder()
                                                .name("合理性")
                                                .weight(new BigDecimal("4"))
                                                .indicators(List.of(TertiaryIndicatorBuilder.builder()
                                                        .name("预算编制合理性")
                                                        .weight(new BigDecimal("4"))
                                                        .explanation(
                                                                "部门（单位）预算编制是否符合本部门职责，是否符合本级党委、政府的方针政策和工作要求，资金是否根据项目的轻重缓急进行分配。")
                                                        .criteria("预算编制符合部门职责、符合党委政府方针政策和工作要求的，得2分；资金按轻重缓急合理分配的，得2分。")
                                                        .score(new BigDecimal("4"))
                                                        .build()))
                                                .build(),
                                        SecondaryIndicatorBuilder.builder()
                                                .name("规范性")
                                                .weight(new BigDecimal("4"))
                                                .indicators(List.of(TertiaryIndicatorBuilder.builder()
                                                        .name("预算编制规范性")
                                                        .weight(new BigDecimal("4"))
                                                        .explanation("部门（单位）预算编制是否符合本级财政当年度有关预算编制的原则和要求，编制内容是否规范、细化。")
                                                        .criteria("符合预算编制原则和要求的，得2分；预算编制的规范性和细化程度符合要求的，得2分。")
                                                        .score(new BigDecimal("4"))
                                                        .build()))
                                                .build(),
                                        SecondaryIndicatorBuilder.builder()
                                                .name("准确性")
                                                .weight(new BigDecimal("6"))
                                                .indicators(List.of(
                                                        TertiaryIndicatorBuilder.builder()
                                                                .name("财政拨款收入预决算差异率")
                                                                .weight(new BigDecimal("4"))
                                                                .explanation(
                                                                        "部门（单位）支出决算数与年初预算数的差异程度，反映预算编制的准确性。预决算差异率=（支出决算数－年初预算数）÷年初预算数×100%。")
                                                                .criteria(
                                                                        "差异率在5%以内（含）的，得4分；5%至20%（含）的，得2分；超过20%的，不得分。因上级追加专项资金等客观原因形成差异并作出合理说明的，可酌情得分，最高不超过2分。")
                                                                .score(new BigDecimal("2"))
                                                                .deductionReason(
                                                                        "年初预算4659.17万元，支出决算9141.56万元，预决算差异率96.21%，差异主要是年初预算未包含省、市下达的专项资金，已作说明，酌情得2分。")
                                                                .build(),
                                                        TertiaryIndicatorBuilder.builder()
                                                                .name("分类准确")
                                                                .weight(new BigDecimal("2"))
                                                                .explanation("项目预算、功能分类和经济分类等预算编制是否准确，年度中间是否频繁调剂。")
                                                                .criteria("项目预算、功能分类和经济分类编制准确的，得1分；年度中间无频繁调剂的，得1分。")
                                                                .score(new BigDecimal("2"))
                                                                .build()))
                                                .build(),
                                        SecondaryIndicatorBuilder.builder()
                                                .name("目标设置")
                                                .weight(new BigDecimal("6"))
                                                .indicators(List.of(
                                                        TertiaryIndicatorBuilder.builder()
                                                                .name("绩效目标完整性")
                                                                .weight(new BigDecimal("3"))
                                                                .explanation(
                                                                        "部门（单位）是否按要求申报项目绩效目标和设置部门整体绩效目标，目标是否与部门职能和年度工作任务相符。")
                                                                .criteria(
                                                                        "按要求申报项目绩效目标的，得1分；设置部门整体绩效目标的，得1分；目标与部门职能和年度工作任务相符的，得1分。")
                                                                .score(new BigDecimal("3"))
                                                                .build(),
                                                        TertiaryIndicatorBuilder.builder()
                                                                .name("绩效指标明确性")
                                                                .weight(new BigDecimal("3"))
                                                                .explanation("绩效指标是否细化、量化，是否具有清晰、可衡量的指标值，目标值测算是否有依据。")
                                                                .criteria(
                                                                        "绩效指标细化、量化的，得1分；指标值清晰、可衡量的，得1分；目标值测算有依据的，得1分。")
                                                                .score(new BigDecimal("2"))
                                                                .deductionReason(
                                                                        "部门整体绩效目标以定性描述为主，可量化的产出、效益指标偏少，指标值不够清晰、可衡量，扣1分。")
                                                                .build()))
                                                .build()))
                                .build(),
                        PrimaryIndicatorBuilder.builder()
                                .name("预算执行")
                                .weight(new BigDecimal("25"))
                                .indicators(List.of(
                                        SecondaryIndicatorBuilder.builder()
                                                .name("保障措施")
                                                .weight(new BigDecimal("5"))
                                                .indicators(List.of(TertiaryIndicatorBuilder.builder()
                                                        .name("管理制度健全性")
                                                        .weight(new BigDecimal("5"))
                                                        .explanation(
                                                                "部门（单位）是否制定相应的财务管理、内部控制、项目管理等制度和实施方案，制度是否合法、合规、完整。")
                                                        .criteria(
                                                                "已制定财务管理和内部控制制度的，得2分；已制定项目管理制度或实施方案的，得2分；制度合法、合规、完整的，得1分。")
                                                        .score(new BigDecimal("5"))
                                                        .build()))
                                                .build(),
                                        SecondaryIndicatorBuilder.builder()
                                                .name("支出管理")
                                                .weight(new BigDecimal("8"))
                                                .indicators(List.of(
                                                        TertiaryIndicatorBuilder.builder()
                                                                .name("资金使用合规性")
                                                                .weight(new BigDecimal("4"))
                                                                .explanation(
                                                                        "部门（单位）资金支出是否符合国家财经法规、财务管理制度和专项资金管理办法的规定，是否存在超预算、超范围、超标准支出以及虚列支出、截留、挤占、挪用资金等情况。")
                                                                .criteria(
                                                                        "支出符合规定的，得4分；发现超预算、超范围、超标准支出或虚列支出、截留、挤占、挪用资金的，每项扣1分，扣完为止。")
                                                                .score(new BigDecimal("4"))
                                                                .build(),
                                                        TertiaryIndicatorBuilder.builder()
                                                                .name("会计核算规范性")
                                                                .weight(new BigDecimal("4"))
                                                                .explanation(
                                                                        "部门（单位）会计核算依据是否合规，是否规范执行会计核算制度，是否按规定设专账核算，支出凭证是否符合规定。")
                                                                .criteria(
                                                                        "会计核算依据合规、规范执行会计核算制度的，得2分；按规定设专账核算的，得1分；支出凭证符合规定的，得1分。")
                                                                .score(new BigDecimal("4"))
                                                                .build()))
                                                .build(),
                                        SecondaryIndicatorBuilder.builder()
                                                .name("项目管理")
                                                .weight(new BigDecimal("6"))
                                                .indicators(List.of(
                                                        TertiaryIndicatorBuilder.builder()
                                                                .name("项目实施程序规范性")
                                                                .weight(new BigDecimal("3"))
                                                                .explanation(
                                                                        "项目申报、批复程序是否符合相关管理办法，项目招投标、调整、完成验收等是否履行相应手续。")
                                                                .criteria("申报、批复程序符合规定的，得1.5分；招投标、调整、完成验收等手续完备的，得1.5分。")
                                                                .score(new BigDecimal("3"))
                                                                .build(),
                                                        TertiaryIndicatorBuilder.builder()
                                                                .name("项目监管有效性")
                                                                .weight(new BigDecimal("3"))
                                                                .explanation(
                                                                        "部门（单位）是否对主管的专项资金和专项经费实施有效的检查、监控，对发现的问题是否督促整改。")
                                                                .criteria("开展检查、监控的，得1.5分；对发现的问题督促整改的，得1.5分。")
                                                                .score(new BigDecimal("3"))
                                                                .build()))
                                                .build(),
                                        SecondaryIndicatorBuilder.builder()
                                                .name("资产管理")
                                                .weight(new BigDecimal("6"))
                                                .indicators(List.of(
                                                        TertiaryIndicatorBuilder.builder()
                                                                .name("资产管理规范性")
                                                                .weight(new BigDecimal("3"))
                                                                .explanation(
                                                                        "部门（单位）资产配置、使用、出租、出借和处置是否履行审批程序，是否符合国有资产管理规定。")
                                                                .criteria(
                                                                        "资产配置、使用和处置符合规定的，得3分；发现违规出租、出借、处置资产的，每项扣1分，扣完为止。")
                                                                .score(new BigDecimal("3"))
                                                                .build(),
                                                        TertiaryIndicatorBuilder.builder()
                                                                .name("账实相符性")
                                                                .weight(new BigDecimal("3"))
                                                                .explanation("部门（单位）资产账与财务账是否相符，固定资产、无形资产是否及时入账。")
                                                                .criteria("资产账与财务账相符的，得2分；资产及时入账的，得1分。")
                                                                .score(new BigDecimal("3"))
                                                                .build()))
                                                .build()))
                                .build(),
                        PrimaryIndicatorBuilder.builder()
                                .name("预算监督")
                                .weight(new BigDecimal("15"))
                                .indicators(List.of(
                                        SecondaryIndicatorBuilder.builder()
                                                .name("信息公开")
                                                .weight(new BigDecimal("8"))
                                                .indicators(List.of(
                                                        TertiaryIndicatorBuilder.builder()
                                                                .name("预决算公开")
                                                                .weight(new BigDecimal("3"))
                                                                .explanation("部门（单位）是否按规定的时间、内容和方式公开部门预算、决算信息。")
                                                                .criteria("按规定公开预算、决算的，得3分；公开不及时或内容不完整的，每项扣1分，扣完为止。")
                                                                .score(new BigDecimal("3"))
                                                                .build(),
                                                        TertiaryIndicatorBuilder.builder()
                                                                .name("绩效目标公开")
                                                                .weight(new BigDecimal("2"))
                                                                .explanation(
                                                                        "部门（单位）是否按照绩效目标批复要求在门户网站公开绩效目标，公开内容是否与批复一致。")
                                                                .criteria("按要求公开的，得1分；公开内容与批复一致的，得1分。")
                                                                .score(new BigDecimal("2"))
                                                                .build(),
                                                        TertiaryIndicatorBuilder.builder()
                                                                .name("自评材料公开")
                                                                .weight(new BigDecimal("3"))
                                                                .explanation("部门（单位）是否在规定时间内在门户网站公开绩效自评报告、数据表和评分表。")
                                                                .criteria("在规定时间内公开的，得1.5分；公开材料完整的，得1.5分。")
                                                                .score(new BigDecimal("3"))
                                                                .build()))
                                                .build(),
                                        SecondaryIndicatorBuilder.builder()
                                                .name("绩效自评")
                                                .weight(new BigDecimal("7"))
                                                .indicators(List.of(
                                                        TertiaryIndicatorBuilder.builder()
                                                                .name("组织建立情况")
                                                                .weight(new BigDecimal("2"))
                                                                .explanation("部门（单位）是否成立绩效自评工作小组，分工和责任是否明确。")
                                                                .criteria("成立工作小组的，得1分；分工和责任明确的，得1分。")
                                                                .score(new BigDecimal("2"))
                                                                .build(),
                                                        TertiaryIndicatorBuilder.builder()
                                                                .name("自评材料报送及时性")
                                                                .weight(new BigDecimal("2"))
                                                                .explanation("部门（单位）是否在规定时间内完成自评工作并报送自评材料。")
                                                                .criteria("按时报送的，得2分；逾期报送的，不得分。")
                                                                .score(new BigDecimal("2"))
                                                                .build(),
                                                        TertiaryIndicatorBuilder.builder()
                                                                .name("自评材料报送质量")
                                                                .weight(new BigDecimal("3"))
                                                                .explanation(
                                                                        "自评材料是否真实、完整、规范，自评报告内容是否全面详实，自评得分是否客观，佐证材料是否充分。")
                                                                .criteria(
                                                                        "材料真实、完整的，得1分；报告内容全面详实、格式规范的，得1分；自评得分客观、佐证材料充分的，得1分。")
                                                                .score(new BigDecimal("2"))
                                                                .deductionReason(
                                                                        "自评报告存在段落重复、编号不规范和遗留提纲说明文字等问题，格式规范性不足，扣1分。")
                                                                .build()))
                                                .build()))
                                .build(),
                        PrimaryIndicatorBuilder.builder()
                                .name("预算使用效益")
                                .weight(new BigDecimal("40"))
                                .indicators(List.of(
                                        SecondaryIndicatorBuilder.builder()
                                                .name("部门整体绩效目标实现情况")
                                                .weight(new BigDecimal("18"))
                                                .indicators(List.of(
                                                        TertiaryIndicatorBuilder.builder()
                                                                .name("公用经费控制率")
                                                                .weight(new BigDecimal("4"))
                                                                .explanation(
                                                                        "部门（单位）本年度实际支出的公用经费（机关运行经费）与预算安排的公用经费的比率，反映部门对机关运行成本的控制程度。公用经费控制率=实际支出公用经费总额÷预算安排公用经费总额×100%。")
                                                                .criteria("控制率在100%以内（含）的，得4分；每超过1个百分点扣0.5分，扣完为止。")
                                                                .score(new BigDecimal("4"))
                                                                .build(),
                                                        TertiaryIndicatorBuilder.builder()
                                                                .name("遗体火化任务完成率")
                                                                .weight(new BigDecimal("6"))
                                                                .explanation(
                                                                        "年度遗体火化实际完成数与火化任务数的比率，反映殡葬改革任务的完成程度。完成率=实际完成火化数÷火化任务数×100%。")
                                                                .criteria("完成率达到100%的，得6分；未达到100%的，得分=完成率×6分（保留一位小数）。")
                                                                .score(new BigDecimal("5.3"))
                                                                .deductionReason(
                                                                        "2022年全区火化任务数2205具，完成遗体火化1951具，完成率88.48%，未完成年度火化任务，扣0.7分。")
                                                                .build(),
                                                        TertiaryIndicatorBuilder.builder()
                                                                .name("预算资金实现的整体效益")
                                                                .weight(new BigDecimal("8"))
                                                                .explanation(
                                                                        "部门（单位）预算资金使用后在社会救助、养老服务、基层治理和社会事务等方面实现的社会效益，以及服务对象的满意程度。")
                                                                .criteria("各项民生保障目标全面实现、社会效益明显的，得8分；部分目标未实现的，视情况扣分。")
                                                                .score(new BigDecimal("8"))
                                                                .build()))
                                                .build(),
                                        SecondaryIndicatorBuilder.builder()
                                                .name("重点工作完成情况")
                                                .weight(new BigDecimal("10"))
                                                .indicators(List.of(TertiaryIndicatorBuilder.builder()
                                                        .name("重点工作完成率")
                                                        .weight(new BigDecimal("10"))
                                                        .explanation(
                                                                "部门（单位）年度重点工作任务的完成程度，反映部门履职的效果。重点工作完成率=已完成重点工作数÷年度重点工作总数×100%。")
                                                        .criteria("完成率100%的，得10分；每低1个百分点扣0.5分，扣完为止。")
                                                        .score(new BigDecimal("10"))
                                                        .build()))
                                                .build(),
                                        SecondaryIndicatorBuilder.builder()
                                                .name("部门重点项目支出绩效情况")
                                                .weight(new BigDecimal("12"))
                                                .indicators(List.of(
                                                        TertiaryIndicatorBuilder.builder()
                                                                .name("资金到位率")
                                                                .weight(new BigDecimal("2"))
                                                                .explanation(
                                                                        "重点项目实际到位资金与预算安排资金的比率。资金到位率=实际到位资金÷预算安排资金×100%。")
                                                                .criteria("到位率100%的，得2分；每低1个百分点扣0.1分，扣完为止。")
                                                                .score(new BigDecimal("2"))
                                                                .build(),
                                                        TertiaryIndicatorBuilder.builder()
                                                                .name("资金使用率")
                                                                .weight(new BigDecimal("2"))
                                                                .explanation(
                                                                        "重点项目实际使用资金与到位资金的比率。资金使用率=实际使用资金÷实际到位资金×100%。")
                                                                .criteria("使用率100%的，得2分；每低1个百分点扣0.1分，扣完为止。")
                                                                .score(new BigDecimal("2"))
                                                                .build(),
                                                        TertiaryIndicatorBuilder.builder()
                                                                .name("项目绩效目标完成情况")
                                                                .weight(new BigDecimal("8"))
                                                                .explanation("重点项目绩效目标的实现程度，包括产出数量、质量、时效和效益目标的完成情况。")
                                                                .criteria(
                                                                        "绩效目标全面完成的，得8分；未设置量化指标值、完成情况难以衡量的，扣1至2分；部分目标未完成的，视情况扣分。")
                                                                .score(new BigDecimal("7"))
                                                                .deductionReason(
                                                                        "民政管理事务专项资金的绩效目标以定性表述为主，未设置量化的产出和效益指标值，目标完成程度难以准确衡量，扣1分。")
                                                                .build()))
                                                .build()))
                                .build()))
                .build();
    }
}
