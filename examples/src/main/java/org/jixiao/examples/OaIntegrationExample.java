// SPDX-License-Identifier: Apache-2.0
package org.jixiao.examples;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.jixiao.json.MalformedReportException;
import org.jixiao.json.ReportJson;
import org.jixiao.report.Report;
import org.jixiao.report.docx.OfficialTemplate;
import org.jixiao.report.docx.Reports;
import org.jixiao.validation.Problem;
import org.jixiao.validation.ValidationResult;

/**
 * How an OA system wires jixiao behind an HTTP endpoint: the request body is the report's JSON;
 * the answer is either the problems for the form (each with the JSON path of its field) or the
 * .docx to download. No web framework needed to show it: {@link #handle(byte[])} is the handler.
 */
public final class OaIntegrationExample {
    private OaIntegrationExample() {}

    /** One problem for the form: which field (JSON Pointer), how bad, and what to tell the user. */
    public record FieldProblem(String path, String severity, String code, String message) {}

    /** The answer: {@code docx} when rendered (with the warnings to show), else the problems. */
    public record Response(int status, byte[] docx, List<FieldProblem> problems) {}

    public static Response handle(byte[] requestBody) {
        Report report;
        try {
            report = ReportJson.read(new ByteArrayInputStream(requestBody));
        } catch (MalformedReportException e) {
            // 400: the JSON itself is wrong; its problem has the same shape (line and column are in the message)
            return new Response(400, null, problems(e.problems()));
        }
        ValidationResult result = Reports.validate(report);
        if (result.hasErrors()) {
            // 422: the data is readable but would make a wrong document; show every problem at once
            return new Response(422, null, problems(result.problems()));
        }
        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        ValidationResult warnings = Reports.render(report, OfficialTemplate.OVERALL_SELF_EVALUATION.template(), docx);
        return new Response(200, docx.toByteArray(), problems(warnings.problems()));
    }

    private static List<FieldProblem> problems(List<Problem> problems) {
        return problems.stream()
                .map(p -> new FieldProblem(p.path(), p.severity().name(), p.code(), p.messageZh()))
                .toList();
    }

    public static void main(String[] args) {
        Response response = handle(PotouExample.json());
        System.out.println("status " + response.status() + ", " + (response.docx() == null ? 0 : response.docx().length)
                + " bytes of .docx, " + response.problems().size() + " problem(s) for the form");
    }
}
