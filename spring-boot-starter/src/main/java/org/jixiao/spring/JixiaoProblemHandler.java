// SPDX-License-Identifier: Apache-2.0
package org.jixiao.spring;

import java.util.List;
import java.util.Map;
import org.jixiao.JixiaoException;
import org.jixiao.Lang;
import org.jixiao.docx.TemplateDataException;
import org.jixiao.docx.TemplateException;
import org.jixiao.json.MalformedReportException;
import org.jixiao.report.docx.InvalidReportException;
import org.jixiao.spring.internal.AcceptLanguage;
import org.jixiao.spring.internal.StarterMessages;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;

/**
 * Turns jixiao's exceptions, thrown by any Spring MVC handler, into RFC 9457 problem details
 * ({@code application/problem+json}) that say what to fix and where:
 *
 * <table>
 *   <caption>Exceptions and their responses</caption>
 *   <tr><th>exception</th><th>status</th><th>members besides {@code type}, {@code title}, {@code status},
 *       {@code detail}, {@code instance}</th></tr>
 *   <tr><td>{@link MalformedReportException}</td><td>400</td><td>{@code code}, {@code line}, {@code column}
 *       (where reading stopped), {@code problems}: the one {@link org.jixiao.validation.Problem} of the
 *       reader</td></tr>
 *   <tr><td>{@link InvalidReportException}</td><td>422</td><td>{@code code}, {@code problems}: every
 *       {@link org.jixiao.validation.Problem} (errors and warnings)</td></tr>
 *   <tr><td>{@link TemplateDataException}</td><td>422</td><td>{@code code}, {@code problems}: every
 *       {@code Problem} of the render</td></tr>
 *   <tr><td>{@link TemplateException}</td><td>422</td><td>{@code code}, {@code problems}: every
 *       {@code Problem} of the template</td></tr>
 * </table>
 *
 * <p>Every problem, whether the JSON could not be read or the report is invalid, has the same members: {@code severity}, {@code code}, {@code path} (a JSON Pointer into
 * the report or data, for the form field), {@code template} ({@code part} and {@code location} in the
 * template, or null), {@code value}, {@code suggestion}, {@code messageZh} and {@code messageEn} (which
 * name the field by its title, not by the pointer).
 *
 * <p>{@code title} and {@code detail} are in Chinese, or in English when the request's
 * {@code Accept-Language} ranks English above Chinese; {@code Content-Language} says which. Each problem
 * carries both languages. A data problem is the request's fault, never a 500.
 *
 * <p>Ordered just before advice of the default order, so an application's catch-all
 * {@code @ExceptionHandler(Exception.class)} does not hide these; to answer them differently, order your
 * advice first, define a bean of this type, or set {@code jixiao.problem-details.enabled=false}.
 *
 * @since 0.2.0
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE - 1000)
public class JixiaoProblemHandler {
    private static final HttpStatusCode BAD_REQUEST = HttpStatusCode.valueOf(400);
    /** 422 by number: Spring 7 renames the constant (UNPROCESSABLE_CONTENT, RFC 9110). */
    private static final HttpStatusCode UNPROCESSABLE = HttpStatusCode.valueOf(422);
    /** 400: the body is not a report's JSON. */
    @ExceptionHandler(MalformedReportException.class)
    public ResponseEntity<ProblemDetail> malformedReport(MalformedReportException e, WebRequest request) {
        Lang lang = AcceptLanguage.of(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        ProblemDetail body = problem(BAD_REQUEST, e, lang, e.message(lang), "title.malformed-report");
        body.setProperty("line", e.line());
        body.setProperty("column", e.column());
        body.setProperty("problems", e.problems());
        return response(body, lang);
    }

    /** 422: the report has errors, so it was not rendered. */
    @ExceptionHandler(InvalidReportException.class)
    public ResponseEntity<ProblemDetail> invalidReport(InvalidReportException e, WebRequest request) {
        return unprocessable(e, request, "title.invalid-report", e.result().problems());
    }

    /** 422: the template asks for data the report does not have. */
    @ExceptionHandler(TemplateDataException.class)
    public ResponseEntity<ProblemDetail> templateData(TemplateDataException e, WebRequest request) {
        return unprocessable(e, request, "title.template-data", e.problems());
    }

    /** 422: an uploaded template was rejected. */
    @ExceptionHandler(TemplateException.class)
    public ResponseEntity<ProblemDetail> template(TemplateException e, WebRequest request) {
        return unprocessable(e, request, "title.template", e.problems());
    }

    /** A 422 whose detail is the exception's summary line and whose {@code problems} member lists the rest. */
    private static ResponseEntity<ProblemDetail> unprocessable(
            JixiaoException e, WebRequest request, String title, List<?> problems) {
        Lang lang = AcceptLanguage.of(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        ProblemDetail body = problem(UNPROCESSABLE, e, lang, firstLine(e, lang), title);
        body.setProperty("problems", problems);
        return response(body, lang);
    }

    private static ProblemDetail problem(
            HttpStatusCode status, JixiaoException e, Lang lang, String detail, String title) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
        body.setTitle(StarterMessages.format(title, Map.of(), lang));
        body.setProperty("code", e.code());
        return body;
    }

    private static ResponseEntity<ProblemDetail> response(ProblemDetail body, Lang lang) {
        return ResponseEntity.status(body.getStatus())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header(HttpHeaders.CONTENT_LANGUAGE, AcceptLanguage.contentLanguage(lang))
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .body(body);
    }

    /** The summary line of a message that lists its problems below it, without its closing colon. */
    private static String firstLine(JixiaoException e, Lang lang) {
        String message = e.message(lang);
        int end = message.indexOf('\n');
        String line = (end < 0 ? message : message.substring(0, end)).strip();
        return line.endsWith("：") || line.endsWith(":") ? line.substring(0, line.length() - 1) : line;
    }
}
