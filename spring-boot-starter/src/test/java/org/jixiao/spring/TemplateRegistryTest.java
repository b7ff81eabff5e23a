// SPDX-License-Identifier: Apache-2.0
package org.jixiao.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jixiao.docx.DocxTemplate;
import org.jixiao.docx.TemplateException;
import org.jixiao.report.docx.OfficialTemplate;
import org.jixiao.validation.Problem;
import org.junit.jupiter.api.Test;

class TemplateRegistryTest {
    private static final byte[] GOOD = Samples.templateSaying("{{document.title}}");

    @Test
    void aTemplateThatFitsTheDataIsCompiledOnceAndServedByName() {
        TemplateRegistry registry = new TemplateRegistry(5);

        registry.register("坡头区-2023", GOOD);

        DocxTemplate template = registry.get("坡头区-2023").orElseThrow();
        assertSame(template, registry.get("坡头区-2023").orElseThrow());
        assertEquals(List.of("坡头区-2023"), List.copyOf(registry.names()));
        assertTrue(registry.get("other").isEmpty());
    }

    @Test
    void aTemplateThatPlacesOnlyKnownFieldsRegistersWithoutWarnings() {
        // The data schema requires nothing at its root (what a report needs depends on its outline), so the
        // lint's one warning, a required field never placed, does not arise.
        TemplateRegistry registry = new TemplateRegistry(5);

        List<Problem> warnings = registry.register("note", Samples.templateSaying("{{description}}"));

        assertEquals(List.of(), warnings);
        assertTrue(registry.get("note").isPresent());
    }

    @Test
    void theOfficialTemplateRegisters() {
        TemplateRegistry registry = new TemplateRegistry(5);

        registry.register("official", OfficialTemplate.OVERALL_SELF_EVALUATION.docx());

        assertTrue(registry.get("official").isPresent());
    }

    @Test
    void aFieldTheDataDoesNotHaveIsRejectedOnUploadWithItsLocation() {
        TemplateRegistry registry = new TemplateRegistry(5);

        TemplateException e = assertThrows(
                TemplateException.class,
                () -> registry.register("typo", Samples.templateSaying("{{cover.evaluatonYear}}")));

        Problem problem = e.problems().get(0);
        assertTrue(problem.code().startsWith("lint."), problem.toString());
        assertEquals("word/document.xml", problem.template().part());
        assertTrue(problem.value().contains("evaluatonYear"), problem.toString());
        assertTrue(e.problems().stream().noneMatch(p -> p.code().equals("lint.required.not-placed")));
        assertTrue(registry.names().isEmpty());
    }

    @Test
    void bytesThatAreNotADocxAreRejectedWithProblems() {
        TemplateRegistry registry = new TemplateRegistry(5);

        TemplateException e = assertThrows(
                TemplateException.class, () -> registry.register("x", "not a docx".getBytes(StandardCharsets.UTF_8)));

        assertFalse(e.problems().isEmpty());
        assertFalse(e.problems().get(0).messageZh().isEmpty());
        assertTrue(registry.names().isEmpty());
    }

    @Test
    void aNameOutsideTheRuleIsRejectedAndShownShortened() {
        TemplateRegistry registry = new TemplateRegistry(5);
        for (String name : List.of("", "a/b", "a b", "x".repeat(65), "line\nbreak")) {
            TemplateException e = assertThrows(TemplateException.class, () -> registry.register(name, GOOD), name);
            assertEquals("registry.invalid-name", e.code());
        }
        TemplateException e = assertThrows(TemplateException.class, () -> registry.register("界".repeat(200), GOOD));
        assertEquals("界".repeat(50) + "…", e.problems().get(0).value());
        assertThrows(TemplateException.class, () -> registry.register(null, GOOD));
    }

    @Test
    void aFullRegistryRejectsANewNameButReplacesAnOldOne() {
        TemplateRegistry registry = new TemplateRegistry(2);
        registry.register("a", GOOD);
        registry.register("b", GOOD);
        DocxTemplate before = registry.get("b").orElseThrow();

        TemplateException e = assertThrows(TemplateException.class, () -> registry.register("c", GOOD));
        assertEquals("registry.full", e.code());
        assertTrue(e.problems().get(0).messageZh().contains("jixiao.templates.max-count"));

        registry.register("b", GOOD);
        assertFalse(before == registry.get("b").orElseThrow(), "replaced by the new upload");
        assertTrue(registry.remove("a"));
        assertFalse(registry.remove("a"));
        registry.register("c", GOOD);
        assertEquals(List.of("b", "c"), List.copyOf(registry.names()));
    }

    @Test
    void aRejectedUploadKeepsTheTemplateRegisteredUnderThatName() {
        TemplateRegistry registry = new TemplateRegistry(5);
        registry.register("mine", GOOD);
        DocxTemplate before = registry.get("mine").orElseThrow();

        assertThrows(TemplateException.class, () -> registry.register("mine", new byte[] {1, 2, 3}));

        assertSame(before, registry.get("mine").orElseThrow());
    }

    @Test
    void aRegistryHoldsAtLeastOneTemplate() {
        assertThrows(IllegalArgumentException.class, () -> new TemplateRegistry(0));
    }
}
