// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A report-sized template written the way Word writes documents (revision ids, full run
 * properties, spell-check marks, split runs), and data that renders it to about 160 paragraphs
 * and five tables: for golden tests, determinism, concurrency and timing.
 */
final class ReferenceReport {
    private ReferenceReport() {}

    private static final String FS = "<w:rFonts w:ascii=\"仿宋_GB2312\" w:eastAsia=\"仿宋_GB2312\" w:hAnsi=\"仿宋_GB2312\"/>"
            + "<w:sz w:val=\"32\"/><w:szCs w:val=\"32\"/>";
    private static final String HEI =
            "<w:rFonts w:ascii=\"黑体\" w:eastAsia=\"黑体\" w:hAnsi=\"黑体\"/><w:sz w:val=\"32\"/><w:szCs w:val=\"32\"/>";
    private static final String FILLER =
            "根据财政部门关于开展部门整体支出绩效自评工作的通知要求，本单位对照年初设定的绩效目标，" + "从决策、过程、产出、效益四个方面开展了全面自评，现将有关情况报告如下。";
    private static int rsid;

    private static String rsid() {
        return String.format(java.util.Locale.ROOT, "00%06X", 0xA1B2C3 + (rsid++ * 7919) % 0xFFFFF);
    }

    /** A body paragraph: first-line indent, fixed line spacing, 仿宋 16pt; {@code text} may hold markers. */
    static String para(String text) {
        return "<w:p w:rsidR=\"" + rsid() + "\" w:rsidRDefault=\"" + rsid() + "\" w:rsidP=\"" + rsid() + "\">"
                + "<w:pPr><w:spacing w:line=\"560\" w:lineRule=\"exact\"/><w:ind w:firstLineChars=\"200\" w:firstLine=\"640\"/>"
                + "<w:rPr>" + FS + "</w:rPr></w:pPr>" + runs(text, FS) + "</w:p>";
    }

    static String heading(String text) {
        return "<w:p w:rsidR=\"" + rsid() + "\" w:rsidRDefault=\"" + rsid() + "\"><w:pPr><w:pStyle w:val=\"1\"/>"
                + "<w:spacing w:line=\"560\" w:lineRule=\"exact\"/><w:ind w:firstLineChars=\"200\" w:firstLine=\"640\"/>"
                + "<w:outlineLvl w:val=\"0\"/><w:rPr>" + HEI + "</w:rPr></w:pPr>" + runs(text, HEI) + "</w:p>";
    }

    /** Splits text the way Word does: a run per few characters, with spell-check marks around a marker. */
    private static String runs(String text, String rPr) {
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            int next = Math.min(text.length(), i + 23);
            int open = text.indexOf("{{", i);
            if (open > i && open < next) {
                next = open + 1;
            }
            String piece = text.substring(i, next);
            boolean mark = piece.startsWith("{");
            if (mark) {
                sb.append("<w:proofErr w:type=\"spellStart\"/>");
            }
            sb.append("<w:r w:rsidRPr=\"")
                    .append(rsid())
                    .append("\"><w:rPr>")
                    .append(rPr)
                    .append("</w:rPr><w:t xml:space=\"preserve\">")
                    .append(Fixture.esc(piece))
                    .append("</w:t></w:r>");
            if (mark) {
                sb.append("<w:proofErr w:type=\"spellEnd\"/>");
            }
            i = next;
        }
        return sb.toString();
    }

    private static String cell(int width, String text, String tcPrExtra) {
        return "<w:tc><w:tcPr><w:tcW w:w=\"" + width + "\" w:type=\"dxa\"/>" + tcPrExtra
                + "<w:vAlign w:val=\"center\"/></w:tcPr>"
                + "<w:p w:rsidR=\"" + rsid() + "\"><w:pPr><w:jc w:val=\"center\"/><w:rPr>" + FS + "</w:rPr></w:pPr>"
                + runs(text, FS) + "</w:p></w:tc>";
    }

    private static String row(boolean header, String... cells) {
        StringBuilder sb = new StringBuilder("<w:tr w:rsidR=\"" + rsid() + "\"><w:trPr><w:jc w:val=\"center\"/>"
                + (header ? "<w:tblHeader/>" : "") + "</w:trPr>");
        int w = 9000 / cells.length;
        for (String c : cells) {
            sb.append(cell(w, c, ""));
        }
        return sb.append("</w:tr>").toString();
    }

    private static String table(int cols, String... rows) {
        StringBuilder sb = new StringBuilder(
                "<w:tbl><w:tblPr><w:tblW w:w=\"9000\" w:type=\"dxa\"/><w:jc w:val=\"center\"/>"
                        + "<w:tblBorders><w:top w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/><w:left w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/>"
                        + "<w:bottom w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/><w:right w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/>"
                        + "<w:insideH w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/><w:insideV w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/>"
                        + "</w:tblBorders><w:tblLayout w:type=\"fixed\"/><w:tblLook w:val=\"04A0\"/></w:tblPr><w:tblGrid>");
        for (int i = 0; i < cols; i++) {
            sb.append("<w:gridCol w:w=\"").append(9000 / cols).append("\"/>");
        }
        sb.append("</w:tblGrid>");
        for (String r : rows) {
            sb.append(r);
        }
        return sb.append("</w:tbl>").toString();
    }

    static byte[] template() {
        rsid = 0;
        StringBuilder b = new StringBuilder();
        b.append(
                "<w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr><w:r><w:rPr><w:rFonts w:eastAsia=\"方正小标宋简体\"/><w:sz w:val=\"44\"/></w:rPr>"
                        + "<w:t>{{unit.name}}{{year}}年度部门整体支出绩效自评报告</w:t></w:r></w:p>");
        b.append(para("报告日期：{{reportDate|date}}"));
        b.append(heading("一、部门基本情况"));
        for (int i = 0; i < 12; i++) {
            b.append(para(FILLER));
        }
        b.append(heading("（一）部门职能"));
        b.append(para("{{unit.duties}}"));
        b.append(heading("（二）年度预算及执行"));
        b.append(para(
                "{{year}}年度预算总额{{budget.total|amount2}}万元，实际支出{{budget.spent|amount2}}万元，执行率{{budget.rate|percent}}。"));
        b.append(table(
                5,
                row(true, "序号", "项目", "预算数（万元）", "执行数（万元）", "执行率"),
                row(
                        false,
                        "{{#budget.rows}}{{@n}}",
                        "{{name}}",
                        "{{budgeted|grouped}}",
                        "{{spent|grouped}}",
                        "{{rate|percent}}{{/budget.rows}}"),
                row(
                        false,
                        "合计",
                        "",
                        "{{budget.total|grouped}}",
                        "{{budget.spent|grouped}}",
                        "{{budget.rate|percent}}")));
        b.append(heading("二、绩效目标完成情况"));
        b.append(para("{{#goals}}"));
        b.append(heading("{{@n|（一）}}{{title}}"));
        b.append(para("{{description}}"));
        b.append(para("{{?note}}说明：{{note}}{{/note}}"));
        b.append(para("{{/goals}}"));
        for (int i = 0; i < 10; i++) {
            b.append(para(FILLER));
        }
        b.append(heading("三、绩效指标自评"));
        b.append(table(
                5,
                row(true, "一级指标", "二级指标", "三级指标", "指标值", "得分"),
                row(
                        false,
                        "{{#indicators}}{{level1|merge}}",
                        "{{level2|merge}}",
                        "{{name}}",
                        "{{target}}",
                        "{{score}}{{/indicators}}")));
        b.append(para("自评得分{{totalScore}}分，等级为“{{grade}}”。"));
        for (int i = 0; i < 30; i++) {
            b.append(para(FILLER));
        }
        b.append(heading("四、项目支出情况"));
        b.append(table(
                4,
                row(true, "项目名称", "资金来源", "金额（万元）", "完成情况"),
                row(false, "{{#projects}}{{name}}", "{{source}}", "{{amount|amount2}}", "{{status}}{{/projects}}")));
        b.append(heading("五、存在的问题"));
        b.append(para("{{findings}}"));
        b.append(heading("六、改进措施"));
        b.append(para("{{#measures}}"));
        b.append(para("{{@n|1.}}{{.}}"));
        b.append(para("{{/measures}}"));
        for (int i = 0; i < 66; i++) {
            b.append(para(FILLER));
        }
        b.append(table(2, row(false, "填报人", "{{contact.name}}"), row(false, "联系电话", "{{contact.phone}}")));
        b.append(para("{{unit.name}}"));
        b.append(para("{{reportDate|date}}"));
        b.append(
                "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rIdH\"/><w:footerReference w:type=\"default\" r:id=\"rIdF\"/>"
                        + "<w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"2098\" w:right=\"1474\" w:bottom=\"1984\" w:left=\"1588\" "
                        + "w:header=\"851\" w:footer=\"992\" w:gutter=\"0\"/><w:docGrid w:type=\"lines\" w:linePitch=\"579\"/></w:sectPr>");
        return TestDocx.docx()
                .body(b.toString())
                .header(
                        "rIdH",
                        "header1.xml",
                        "<w:p><w:pPr><w:jc w:val=\"right\"/></w:pPr><w:r><w:t>{{unit.name}}</w:t></w:r></w:p>")
                .footer(
                        "rIdF",
                        "footer1.xml",
                        "<w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr><w:r><w:t xml:space=\"preserve\">— </w:t></w:r>"
                                + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r>"
                                + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r><w:r><w:t xml:space=\"preserve\"> —</w:t></w:r></w:p>")
                .styles(styles())
                .settings(
                        "<w:zoom w:percent=\"100\"/><w:defaultTabStop w:val=\"420\"/><w:characterSpacingControl w:val=\"compressPunctuation\"/>")
                .bytes();
    }

    private static String styles() {
        StringBuilder sb = new StringBuilder(
                "<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Times New Roman\" w:eastAsia=\"仿宋_GB2312\"/>"
                        + "<w:kern w:val=\"2\"/><w:sz w:val=\"32\"/></w:rPr></w:rPrDefault></w:docDefaults><w:latentStyles w:defLockedState=\"0\" w:defUIPriority=\"99\" w:count=\"376\">");
        for (int i = 0; i < 376; i++) {
            sb.append("<w:lsdException w:name=\"Latent Style ")
                    .append(i)
                    .append("\" w:semiHidden=\"1\" w:uiPriority=\"")
                    .append(i % 99)
                    .append("\" w:unhideWhenUsed=\"1\"/>");
        }
        sb.append(
                "</w:latentStyles><w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"a\"><w:name w:val=\"Normal\"/><w:qFormat/></w:style>"
                        + "<w:style w:type=\"paragraph\" w:styleId=\"1\"><w:name w:val=\"heading 1\"/><w:basedOn w:val=\"a\"/><w:qFormat/></w:style>");
        return sb.toString();
    }

    static Map<String, Object> data(int variant) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put(
                "unit",
                Map.of(
                        "name",
                        "某市交通运输局" + (variant == 0 ? "" : "（" + variant + "）"),
                        "duties",
                        List.of("负责全市公路、水路交通运输行业管理。", "组织实施交通基础设施建设与养护。", "承担交通运输安全生产监督管理责任。")));
        d.put("year", 2024);
        d.put("reportDate", LocalDate.of(2025, 3, 31));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            rows.add(Map.of(
                    "name",
                    "支出项目" + (i + 1),
                    "budgeted",
                    new BigDecimal(1000 + i * 137 + variant).movePointLeft(1),
                    "spent",
                    new BigDecimal(950 + i * 120).movePointLeft(1),
                    "rate",
                    new BigDecimal("95.12")));
        }
        d.put(
                "budget",
                Map.of(
                        "total",
                        new BigDecimal("12345.67"),
                        "spent",
                        new BigDecimal("11800.50"),
                        "rate",
                        new BigDecimal("95.58"),
                        "rows",
                        rows));
        List<Map<String, Object>> goals = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Map<String, Object> g = new LinkedHashMap<>();
            g.put("title", "绩效目标" + (i + 1));
            g.put("description", FILLER);
            if (i % 2 == 0) {
                g.put("note", "目标已全部完成。");
            }
            goals.add(g);
        }
        d.put("goals", goals);
        String[] l1 = {"决策", "过程", "产出", "效益"};
        List<Map<String, Object>> ind = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            ind.add(Map.of(
                    "level1",
                    l1[i / 6],
                    "level2",
                    "二级指标" + (i / 3),
                    "name",
                    "三级指标" + (i + 1),
                    "target",
                    "≥95%",
                    "score",
                    new BigDecimal(variant % 2 == 0 ? "4.5" : "5")));
        }
        d.put("indicators", ind);
        d.put("totalScore", new BigDecimal("92.5"));
        d.put("grade", "优");
        List<Map<String, Object>> projects = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            projects.add(Map.of(
                    "name",
                    "公路养护工程" + (i + 1),
                    "source",
                    "一般公共预算",
                    "amount",
                    new BigDecimal(300 + i * 11),
                    "status",
                    "已完成"));
        }
        d.put("projects", projects);
        d.put("findings", List.of("一是预算编制精细化程度有待提高。", "二是部分项目绩效目标设置不够明确。", "三是绩效监控的及时性有待加强。"));
        d.put("measures", List.of("加强预算编制管理。", "完善绩效目标体系。", "强化绩效运行监控。", "推动结果应用。"));
        d.put("contact", Map.of("name", "张三", "phone", "0571-88888888"));
        return d;
    }
}
