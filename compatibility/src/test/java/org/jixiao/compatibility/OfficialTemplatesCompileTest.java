// SPDX-License-Identifier: Apache-2.0
package org.jixiao.compatibility;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Map;
import org.jixiao.docx.DocxTemplate;
import org.jixiao.examples.ExampleReport;
import org.jixiao.report.docx.OfficialTemplate;
import org.jixiao.report.docx.Reports;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The official templates' .docx compile on this leg's versions to a template that renders the
 * same bytes as the one compiled when jixiao was built, with the same warnings.
 */
class OfficialTemplatesCompileTest {

    @ParameterizedTest
    @EnumSource(OfficialTemplate.class)
    void compilesOnThisLegToWhatTheBuildCompiled(OfficialTemplate official) {
        DocxTemplate compiled = DocxTemplate.compile(new ByteArrayInputStream(official.docx()));
        DocxTemplate built = official.template();
        assertEquals(built.warnings(), compiled.warnings());
        assertEquals(built.fields(), compiled.fields());

        Map<String, Object> data = Reports.data(ExampleReport.POTOU.report());
        ByteArrayOutputStream fromCompiled = new ByteArrayOutputStream();
        ByteArrayOutputStream fromBuilt = new ByteArrayOutputStream();
        compiled.render(data, fromCompiled);
        built.render(data, fromBuilt);
        assertArrayEquals(fromBuilt.toByteArray(), fromCompiled.toByteArray());
    }
}
