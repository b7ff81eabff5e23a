// SPDX-License-Identifier: Apache-2.0
package org.jixiao.examples.spring;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.jixiao.docx.DocxTemplate;
import org.jixiao.json.ReportJson;
import org.jixiao.report.Report;
import org.jixiao.spring.DocxResponse;
import org.jixiao.spring.ReportRenderer;
import org.jixiao.spring.TemplateRegistry;
import org.jixiao.validation.Problem;
import org.jixiao.validation.ValidationResult;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The endpoints: a report's JSON in, its .docx out. Errors need no code here: jixiao's exceptions become
 * RFC 9457 problem details (400 for JSON that is not a report, with line, column and its one problem; 422 for a
 * report with errors, with every problem's path and message).
 */
@RestController
class ReportController {
    /** As much as a template may be (DocxTemplate rejects more); a larger upload is not read further. */
    private static final int MAX_TEMPLATE_BYTES = 20 * 1024 * 1024;

    private final ReportRenderer renderer;
    private final TemplateRegistry templates;

    ReportController(ReportRenderer renderer, TemplateRegistry templates) {
        this.renderer = renderer;
        this.templates = templates;
    }

    /** The report in the official template: 200 with the .docx, 400 or 422 with problems. */
    @PostMapping("/reports/docx")
    ResponseEntity<byte[]> docx(InputStream json) {
        Report report = ReportJson.read(json);
        return DocxResponse.attachment(renderer.render(report).docx(), fileName(report));
    }

    /** Every problem of the report, for the form: 200 with {@code {"problems": […]}}, 400 for bad JSON. */
    @PostMapping("/reports/validation")
    ValidationResult validate(InputStream json) {
        return renderer.validate(ReportJson.read(json));
    }

    /** Uploads a template under {@code name}: 200 with the lint's warnings, 422 with the problems. */
    @PutMapping("/templates/{name}")
    List<Problem> upload(@PathVariable String name, InputStream docx) throws IOException {
        return templates.register(name, docx.readNBytes(MAX_TEMPLATE_BYTES + 1));
    }

    /** The report in the uploaded template {@code name}: as {@link #docx}, and 404 for an unknown name. */
    @PostMapping("/templates/{name}/docx")
    ResponseEntity<byte[]> docxWith(@PathVariable String name, InputStream json) {
        DocxTemplate template = templates
                .get(name)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no template " + name));
        Report report = ReportJson.read(json);
        return DocxResponse.attachment(renderer.render(report, template).docx(), fileName(report));
    }

    /** E.g. 湛江市坡头区民政局2022年度整体绩效自评报告.docx; a rendered report always has both. */
    private static String fileName(Report report) {
        return report.cover().evaluatedUnits().unit() + report.cover().evaluationYear() + "年度整体绩效自评报告.docx";
    }
}
