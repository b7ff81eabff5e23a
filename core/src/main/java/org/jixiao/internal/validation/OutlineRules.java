// SPDX-License-Identifier: Apache-2.0
package org.jixiao.internal.validation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jixiao.internal.outline.ContentPresence;
import org.jixiao.internal.outline.SectionTree;
import org.jixiao.outline.Content;
import org.jixiao.outline.CoverLine;
import org.jixiao.outline.Outline;
import org.jixiao.outline.OutlineSection;
import org.jixiao.outline.Outlines;
import org.jixiao.report.Cover;
import org.jixiao.report.Expenditure;
import org.jixiao.report.Measure;
import org.jixiao.report.PrimaryIndicator;
import org.jixiao.report.Report;
import org.jixiao.report.SecondaryIndicator;
import org.jixiao.report.Staffing;
import org.jixiao.report.TertiaryIndicator;
import org.jixiao.validation.Severity;

/**
 * The rules that depend on the report's outline, and the figure rules that are not a single record's:
 * a required section without content, a cover line the outline prints without data, text for a
 * section the outline lacks, an extra section without a place, an indicator measuring a figure the
 * report cannot compute; the format version; staffing and basic-expenditure sums.
 */
public final class OutlineRules {
    /** Parameters that hold outline text or computed lists, shown whole rather than shortened. */
    private static final java.util.Set<Object> OUTLINE_TEXT = java.util.Set.of(
            "outlineName", "section", "known", "data", "content", "contentEn", "measure", "line", "lineEn", "path");

    private OutlineRules() {}

    /** Every finding for {@code report} against the outline it names in {@code outlines}. */
    public static List<Finding> check(Report report, Outlines outlines) {
        List<Finding> findings = new ArrayList<>();
        if (report.schemaVersion() != null && report.schemaVersion() > Report.SCHEMA_VERSION) {
            findings.add(error(
                    "schema.version",
                    "/schemaVersion",
                    report.schemaVersion().toString(),
                    params("version", report.schemaVersion(), "supported", Report.SCHEMA_VERSION)));
        }
        figures(report, findings);
        String id = report.outline() == null ? Outlines.DEFAULT_ID : report.outline();
        Optional<Outline> found = outlines.find(id);
        if (found.isEmpty()) {
            List<String> known = outlines.all().stream().map(Outline::id).toList();
            findings.add(
                    error("outline.unknown", "/outline", id, params("outline", id, "known", String.join("、", known))));
            return findings;
        }
        Outline outline = found.get();
        SectionTree tree = SectionTree.of(outline, report);
        requiredSections(outline, report, findings);
        cover(outline, report, findings);
        opening(outline, report, findings);
        sectionTexts(outline, report, findings);
        extraSections(report, tree, findings);
        measures(report, findings);
        if (report.indicatorAnalysis() != null
                && ContentPresence.hasTreeAnalysis(report)
                && outline.allSections().stream().anyMatch(s -> s.content().contains(Content.INDICATOR_ANALYSIS))) {
            findings.add(Finding.ofRule(
                    Severity.WARNING, "outline.analysis-unused", "/indicatorAnalysis", null, null, Map.of()));
        }
        return findings;
    }

    private static void requiredSections(Outline outline, Report report, List<Finding> findings) {
        for (OutlineSection s : outline.allSections()) {
            if (!s.isRequired() || filled(s, report)) {
                continue;
            }
            if (s.content().isEmpty() && s.sections().stream().anyMatch(OutlineSection::isRequired)) {
                // nothing below is filled, so its required sub-sections are reported: they say what to fill
                continue;
            }
            String data = s.content().isEmpty()
                    ? "/sections/" + s.id()
                    : String.join(
                            "、",
                            s.content().stream()
                                    .map(Content::dataPath)
                                    .distinct()
                                    .toList());
            String contentZh = s.content().isEmpty()
                    ? "本单位的文字"
                    : String.join(
                            "、", s.content().stream().map(Content::labelZh).toList());
            String contentEn = s.content().isEmpty()
                    ? "the unit's own text"
                    : String.join(
                            ", ", s.content().stream().map(Content::labelEn).toList());
            String path = s.content().isEmpty()
                    ? "/sections/" + s.id()
                    : s.content().get(0).dataPath();
            findings.add(error(
                    "outline.section-missing",
                    path,
                    null,
                    params(
                            "outlineName",
                            outline.name(),
                            "section",
                            numberedPath(outline, s.id()) + s.heading(),
                            "sectionId",
                            s.id(),
                            "data",
                            data,
                            "content",
                            contentZh,
                            "contentEn",
                            contentEn)));
        }
    }

    /** Whether the section or any of its sub-sections has something to print. */
    private static boolean filled(OutlineSection s, Report report) {
        if (ContentPresence.hasOwnText(s, report)) {
            return true;
        }
        for (OutlineSection child : s.sections()) {
            if (filled(child, report)) {
                return true;
            }
        }
        for (var x : report.extraSections()) {
            if (x != null && s.id().equals(x.under())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The outline position of a section as the outline numbers it when nothing is left out: 一（三） for
     * a sub-section, 四、 for a top-level one (the 、 of an outer number is dropped before an inner one).
     */
    private static String numberedPath(Outline outline, String id) {
        List<String> numbers = new ArrayList<>();
        if (!path(outline, outline.sections(), id, 1, numbers)) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < numbers.size(); i++) {
            String number = numbers.get(i);
            boolean inner = i < numbers.size() - 1;
            sb.append(inner && number.endsWith("、") ? number.substring(0, number.length() - 1) : number);
        }
        return sb.toString();
    }

    private static boolean path(
            Outline outline, List<OutlineSection> sections, String id, int level, List<String> numbers) {
        for (int i = 0; i < sections.size(); i++) {
            OutlineSection s = sections.get(i);
            numbers.add(outline.numberingStyle(level).format(i + 1));
            if (s.id().equals(id) || path(outline, s.sections(), id, level + 1, numbers)) {
                return true;
            }
            numbers.remove(numbers.size() - 1);
        }
        return false;
    }

    private static void cover(Outline outline, Report report, List<Finding> findings) {
        Cover c = report.cover();
        if (c == null) {
            return;
        }
        for (CoverLine line : outline.cover()) {
            boolean present =
                    switch (line) {
                            // every report needs these two: @NotNull reports them, once
                        case EVALUATION_YEAR, EVALUATED_UNITS -> true;
                        case SEAL -> c.administrativeLevel() != null
                                && c.sealingUnit() != null
                                && !c.sealingUnit().isBlank();
                        case FILLING_DATE -> c.fillingDate() != null;
                        case OTHER_DATES -> true;
                    };
            if (!present) {
                String path = line == CoverLine.SEAL && c.administrativeLevel() == null
                        ? "/cover/administrativeLevel"
                        : line.dataPath();
                findings.add(error(
                        "outline.cover-line-missing",
                        path,
                        null,
                        params(
                                "outlineName",
                                outline.name(),
                                "line",
                                line.labelZh(),
                                "lineEn",
                                line.labelEn(),
                                "path",
                                path)));
            }
        }
    }

    private static void opening(Outline outline, Report report, List<Finding> findings) {
        boolean ownOpening =
                report.document() != null && !report.document().opening().isEmpty();
        if (outline.hasStandardOpening()
                && !ownOpening
                && report.cover() != null
                && report.cover().basis() == null) {
            findings.add(error("outline.opening-basis", "/cover/basis", null, params("outlineName", outline.name())));
        }
    }

    private static void sectionTexts(Outline outline, Report report, List<Finding> findings) {
        // the outline's own sections: an extra section carries its text itself
        List<String> known =
                outline.allSections().stream().map(OutlineSection::id).toList();
        for (String id : report.sections().keySet()) {
            if (outline.section(id).isEmpty()) {
                findings.add(error(
                        "outline.unknown-section",
                        JsonPointer.child("/sections", id),
                        id,
                        params("sectionId", id, "outlineName", outline.name(), "known", String.join(" ", known))));
            }
        }
    }

    private static void extraSections(Report report, SectionTree tree, List<Finding> findings) {
        for (int i : tree.misplaced()) {
            findings.add(error("outline.extra-section-place", "/extraSections/" + i, null, Map.of()));
        }
        for (int i : tree.reusedIds()) {
            String id = report.extraSections().get(i).id();
            findings.add(error("outline.extra-section-id", "/extraSections/" + i + "/id", id, params("sectionId", id)));
        }
    }

    private static void measures(Report report, List<Finding> findings) {
        if (report.scoreSheet() == null) {
            return;
        }
        List<PrimaryIndicator> primaries = report.scoreSheet().indicators();
        for (int i = 0; i < primaries.size(); i++) {
            if (primaries.get(i) == null) {
                continue;
            }
            List<SecondaryIndicator> secondaries = primaries.get(i).indicators();
            for (int j = 0; j < secondaries.size(); j++) {
                if (secondaries.get(j) == null) {
                    continue;
                }
                List<TertiaryIndicator> tertiaries = secondaries.get(j).indicators();
                for (int k = 0; k < tertiaries.size(); k++) {
                    TertiaryIndicator t = tertiaries.get(k);
                    if (t == null || t.measure() == null) {
                        continue;
                    }
                    String missing = missingData(t.measure(), report);
                    if (missing != null) {
                        findings.add(error(
                                "outline.measure-data",
                                "/scoreSheet/indicators/" + i + "/indicators/" + j + "/indicators/" + k + "/measure",
                                t.measure().name(),
                                params("measure", t.measure().label(), "data", missing)));
                    }
                }
            }
        }
    }

    /** The data a measure lacks in the report, as a JSON Pointer, or null when it can be computed. */
    static String missingData(Measure measure, Report report) {
        Expenditure e = report.expenditure();
        return switch (measure) {
            case DIFFERENCE_RATE, EXECUTION_RATE -> e == null ? "/expenditure" : null;
            case PUBLIC_FUNDS_CONTROL_RATE -> e == null || e.publicFunds() == null ? "/expenditure/publicFunds" : null;
            case THREE_PUBLIC_EXPENSES_CONTROL_RATE -> e == null || e.threePublicExpenses() == null
                    ? "/expenditure/threePublicExpenses"
                    : null;
            case IN_SERVICE_CONTROL_RATE -> report.profile() == null
                            || report.profile().staffing() == null
                            || report.profile()
                                    .staffing()
                                    .inServiceControlRate()
                                    .isEmpty()
                    ? "/profile/staffing"
                    : null;
            case FUNDS_ARRIVAL_RATE, FUNDS_USAGE_RATE -> report.indicatorAnalysis() == null
                            || report.indicatorAnalysis()
                                    .benefit()
                                    .keyProjects()
                                    .isEmpty()
                    ? "/indicatorAnalysis/benefit/keyProjects"
                    : null;
            case COMPLETION_RATE -> report.goals().stream()
                                    .anyMatch(g -> g != null && !g.targets().isEmpty())
                            || (report.indicatorAnalysis() != null
                                    && !report.indicatorAnalysis()
                                            .benefit()
                                            .goalAchievement()
                                            .targets()
                                            .isEmpty())
                    ? null
                    : "/goals/0/targets";
        };
    }

    private static void figures(Report report, List<Finding> findings) {
        if (report.profile() != null && report.profile().staffing() != null) {
            Staffing s = report.profile().staffing();
            if (s.totalPosts() != null
                    && s.administrativePosts() != null
                    && s.careerPosts() != null
                    && s.totalPosts() != s.administrativePosts() + s.careerPosts()) {
                findings.add(error(
                        "staffing.total-mismatch",
                        "/profile/staffing/totalPosts",
                        s.totalPosts().toString(),
                        params(
                                "total", s.totalPosts(),
                                "administrative", s.administrativePosts(),
                                "career", s.careerPosts(),
                                "sum", s.administrativePosts() + s.careerPosts())));
            }
            // 其中后勤人员 is part of 行政编制: more of them than posts is a typing slip, often the two swapped
            if (s.administrativePosts() != null
                    && s.logisticsPostsIncluded() != null
                    && s.logisticsPostsIncluded() > s.administrativePosts()) {
                findings.add(error(
                        "staffing.logistics-above-administrative",
                        "/profile/staffing/logisticsPostsIncluded",
                        s.logisticsPostsIncluded().toString(),
                        params(
                                "logistics", s.logisticsPostsIncluded(),
                                "administrative", s.administrativePosts())));
            }
            Integer year = report.cover() == null ? null : report.cover().evaluationYear();
            if (s.asOf() != null && year != null && s.asOf().getYear() != year) {
                findings.add(Finding.ofRule(
                        Severity.WARNING,
                        "staffing.as-of-outside-year",
                        "/profile/staffing/asOf",
                        s.asOf().toString(),
                        null,
                        params("date", s.asOf(), "evaluationYear", year)));
            }
        }
        Expenditure e = report.expenditure();
        if (e != null
                && e.personnel() != null
                && e.publicFunds() != null
                && e.budget() != null
                && e.budget().basic() != null
                && e.personnel().budget() != null
                && e.publicFunds().budget() != null
                && e.personnel().budget().amount() != null
                && e.publicFunds().budget().amount() != null
                && e.budget().basic().amount() != null
                && e.personnel().budget().unit() != null
                && e.publicFunds().budget().unit() != null
                && e.budget().basic().unit() != null) {
            var sum = e.personnel().budget().plus(e.publicFunds().budget());
            BigDecimal basic = e.budget().basic().toYuan();
            if (sum.toYuan().compareTo(basic) != 0) {
                findings.add(Finding.ofRule(
                        Severity.WARNING,
                        "expenditure.basic-split",
                        "/expenditure/personnel/budget",
                        e.personnel().budget().toString(),
                        null,
                        params(
                                "personnel", e.personnel().budget(),
                                "publicFunds", e.publicFunds().budget(),
                                "sum", sum,
                                "basic", e.budget().basic())));
            }
        }
    }

    /** @param value the offending value as given (an id from the report), shown as {@link DisplayText} shows it */
    private static Finding error(String code, String path, String value, Map<String, Object> params) {
        return Finding.ofRule(Severity.ERROR, code, path, DisplayText.value(value), null, params);
    }

    private static Map<String, Object> params(Object... keyValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            Object v = keyValues[i + 1];
            // outline text is configuration and shown whole; report values are shown as DisplayText shows them
            map.put(
                    (String) keyValues[i],
                    v instanceof String s && OUTLINE_TEXT.contains(keyValues[i]) ? s : DisplayText.value(v));
        }
        return map;
    }
}
