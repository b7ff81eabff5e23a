// SPDX-License-Identifier: Apache-2.0
package org.jixiao.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.json.ReportJson;
import org.jixiao.report.BudgetBuilder;
import org.jixiao.report.CoverBuilder;
import org.jixiao.report.EvaluatedUnitsBuilder;
import org.jixiao.report.ExpenditureBuilder;
import org.jixiao.report.FinalAccountsBuilder;
import org.jixiao.report.Money;
import org.jixiao.report.Report;
import org.jixiao.report.ReportBuilder;
import org.jixiao.report.StaffingBuilder;
import org.jixiao.report.UnitProfileBuilder;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The READMEs' "Build a report from code" example is the code between the markers below, compiled and
 * run here: the test reads this source and the READMEs from the classpath (the examples POM copies them)
 * and requires the READMEs' block to be exactly that code.
 */
@Tag("issue-14")
class ReadmeBuilderExampleTest {

    static Report builtFromCode() {
        // README:begin
        Report report = ReportBuilder.builder()
                .cover(CoverBuilder.builder()
                        .evaluationYear(2022)
                        .evaluatedUnits(EvaluatedUnitsBuilder.builder()
                                .unit("湛江市坡头区民政局")
                                .build())
                        .fillingDate(LocalDate.of(2023, 5, 7))
                        .build())
                .profile(UnitProfileBuilder.builder()
                        .staffing(StaffingBuilder.builder()
                                .administrativePosts(9)
                                .logisticsPostsIncluded(1)
                                .careerPosts(11)
                                .inServiceFunded(20)
                                .build())
                        .build())
                .expenditure(ExpenditureBuilder.builder()
                        .budget(BudgetBuilder.builder()
                                .total(Money.tenThousandYuan("4,659.17"))
                                .basic(Money.tenThousandYuan("1,980.09"))
                                .project(Money.tenThousandYuan("2 679.08"))
                                .build())
                        .finalAccounts(FinalAccountsBuilder.builder()
                                .expenditure(Money.tenThousandYuan("４３９８．１０"))
                                .build())
                        .build())
                .build();
        // README:end
        return report;
    }

    private static final String SAME_AS_JSON =
            """
            {"cover": {"evaluationYear": 2022, "evaluatedUnits": {"unit": "湛江市坡头区民政局"}, "fillingDate": "2023-05-07"},
             "profile": {"staffing": {"administrativePosts": 9, "logisticsPostsIncluded": 1, "careerPosts": 11,
                                      "inServiceFunded": 20}},
             "expenditure": {
               "budget": {"total": {"amount": 4659.17, "unit": "TEN_THOUSAND_YUAN"},
                          "basic": {"amount": 1980.09, "unit": "TEN_THOUSAND_YUAN"},
                          "project": {"amount": 2679.08, "unit": "TEN_THOUSAND_YUAN"}},
               "finalAccounts": {"expenditure": {"amount": 4398.10, "unit": "TEN_THOUSAND_YUAN"}}}}
            """;

    @ParameterizedTest
    @ValueSource(strings = {"README.md", "README.zh-CN.md"})
    void theReadmeShowsExactlyTheCodeThatRunsHere(String readme) {
        String source = resource("ReadmeBuilderExampleTest.java");
        Matcher between = Pattern.compile("// README:begin\n(.*?)\n\\s*// README:end", Pattern.DOTALL)
                .matcher(source);
        between.find();
        String code = between.group(1)
                .lines()
                .map(l -> l.substring(8))
                .reduce((a, b) -> a + "\n" + b)
                .orElseThrow();
        Matcher block = Pattern.compile("<!-- builder example -->\n```java\n(.*?)\n```", Pattern.DOTALL)
                .matcher(resource(readme));
        assertEquals(List.of(code), block.results().map(r -> r.group(1)).toList());
    }

    @Test
    void theExampleBuildsTheReportItsJsonDescribes() {
        Report fromJson = ReportJson.read(new ByteArrayInputStream(SAME_AS_JSON.getBytes(StandardCharsets.UTF_8)));
        assertEquals(fromJson, builtFromCode());
    }

    private static String resource(String name) {
        try (InputStream in = ReadmeBuilderExampleTest.class.getResourceAsStream("readme/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource readme/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
