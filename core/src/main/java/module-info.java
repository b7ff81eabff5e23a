// SPDX-License-Identifier: Apache-2.0
/**
 * jixiao's core: the report model, validation, JSON, outlines and Chinese formatting; knows nothing of Word.
 * Exports only the public packages; {@code org.jixiao.internal.*} is read by jixiao's own modules alone.
 */
module org.jixiao.core {
    // constraint annotations and ConstraintViolation appear in the public API
    requires transitive jakarta.validation;
    requires org.hibernate.validator;
    requires com.fasterxml.jackson.annotation;
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.databind;
    // compile time only: the annotations that ask for the model's builders (SOURCE retention)
    requires static io.soabase.recordbuilder.core;
    requires static java.compiler; // javax.lang.model.element.Modifier in those annotations

    exports org.jixiao;
    exports org.jixiao.format;
    exports org.jixiao.json;
    exports org.jixiao.outline;
    exports org.jixiao.report;
    exports org.jixiao.validation;
    exports org.jixiao.validation.constraints;
    // the data tree templates see is built from the report's tree and its outline's sections
    exports org.jixiao.internal.json to
            org.jixiao.report.docx;
    // one check of the characters XML 1.0 cannot hold, one way to show unsafe characters and one way to
    // make a JSON Pointer, for the report's text, the template's and the canonical text's
    exports org.jixiao.internal.validation to
            org.jixiao.docx,
            org.jixiao.testing.docx;
    // the one message catalogue: the engine words its problems with it
    exports org.jixiao.internal.message to
            org.jixiao.docx,
            org.jixiao.cli,
            org.jixiao.spring;
    exports org.jixiao.internal.outline to
            org.jixiao.report.docx;

    // Jackson reads and writes the records; Hibernate Validator reads their fields to validate them
    opens org.jixiao.report to
            com.fasterxml.jackson.databind,
            org.hibernate.validator;
    opens org.jixiao.outline to
            com.fasterxml.jackson.databind,
            org.hibernate.validator;
    // Hibernate Validator instantiates the constraint validators
    opens org.jixiao.internal.validation.constraints to
            org.hibernate.validator;
}
