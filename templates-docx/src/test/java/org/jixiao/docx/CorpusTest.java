// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.approvaltests.Approvals;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.JaxbXmlPart;
import org.docx4j.openpackaging.parts.Part;
import org.jixiao.testing.OoxmlSchemas;
import org.jixiao.testing.SchemaProblem;
import org.jixiao.validation.Problem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Real-world .docx files from other projects' test suites (resources {@code corpus/}, sources and
 * licences in its README): each compiles, or is refused with a {@link TemplateException} and nothing
 * else, within {@link #BUDGET}; each compiled one renders (with data made from its fields, else with
 * none) to a package docx4j opens whole and that breaks no schema rule its template keeps. Runs in a
 * JVM of its own with a 128 MB heap (the {@code corpus} execution in the module's POM). The outcome of
 * every file is approved, so a change in what the engine accepts shows as a diff.
 */
@Tag("corpus")
@Tag("issue-13")
class CorpusTest {
    /** Compile plus render, per file. */
    static final Duration BUDGET = Duration.ofSeconds(5);

    @BeforeAll
    static void warmUp() {
        // docx4j's JAXB context takes seconds to build once per JVM: not the first file's time.
        Fixture.render(Fixture.compileBody(Fixture.p("{{a}}")), Map.of("a", "甲"));
    }

    @Test
    void everyFileCompilesOrIsRefusedAndEveryOutputOpensAndKeepsTheSchemas() throws IOException {
        Path root = root();
        List<Path> files;
        try (Stream<Path> s = Files.walk(root)) {
            files = s.filter(p -> p.toString().endsWith(".docx")).sorted().toList();
        }
        assertTrue(files.size() >= 100, "corpus has " + files.size() + " files");
        StringBuilder outcomes = new StringBuilder();
        List<String> failures = new ArrayList<>();
        for (Path f : files) {
            String name = root.relativize(f).toString().replace('\\', '/');
            byte[] docx = Files.readAllBytes(f);
            try {
                Outcome o = assertTimeoutPreemptively(BUDGET, () -> run(docx), name + " took over " + BUDGET);
                if (o.output() != null) {
                    check(docx, o.output());
                }
                outcomes.append(name).append(": ").append(o.summary()).append('\n');
            } catch (AssertionError | RuntimeException e) {
                // Anything but a TemplateException from compile, or a TemplateDataException from render.
                failures.add(name + ": " + e);
                outcomes.append(name)
                        .append(": FAILED ")
                        .append(e.getClass().getSimpleName())
                        .append('\n');
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " files failed:\n" + String.join("\n", failures));
        Approvals.verify(outcomes.toString());
    }

    /** What happened to one file; {@code output} null when it was refused or no data rendered it. */
    private record Outcome(String summary, byte[] output) {}

    private static Outcome run(byte[] docx) {
        DocxTemplate t;
        try {
            t = DocxTemplate.compile(new ByteArrayInputStream(docx));
        } catch (TemplateException e) {
            return new Outcome("refused " + codes(e.problems().stream().map(Problem::code)), null);
        }
        String compiled = "compiled, " + t.fields().size() + " fields"
                + (t.warnings().isEmpty()
                        ? ""
                        : ", warned " + codes(t.warnings().stream().map(Problem::code)));
        List<String> dataCodes = new ArrayList<>();
        for (Map<String, ?> data : List.of(SampleData.of(t.fields()), Map.<String, Object>of())) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                t.render(data, out);
                return new Outcome(
                        compiled + ", rendered " + (data.isEmpty() ? "with no data" : "with sample data"),
                        out.toByteArray());
            } catch (TemplateDataException e) {
                e.problems().forEach(p -> dataCodes.add(p.code()));
            }
        }
        return new Outcome(compiled + ", data refused " + codes(dataCodes.stream()), null);
    }

    private static String codes(Stream<String> codes) {
        return codes.collect(Collectors.toCollection(TreeSet::new)).toString();
    }

    /** docx4j opens the output, every part unmarshalled; it breaks no schema rule the template keeps. */
    private static void check(byte[] template, byte[] output) {
        try {
            WordprocessingMLPackage pkg = WordprocessingMLPackage.load(new ByteArrayInputStream(output));
            for (Part p : pkg.getParts().getParts().values()) {
                if (p instanceof JaxbXmlPart<?> jp && jp.getContents() == null) {
                    throw new AssertionError(
                            "docx4j cannot read " + p.getPartName().getName());
                }
            }
        } catch (Exception e) {
            throw new AssertionError("docx4j cannot open the output: " + e, e);
        }
        Set<String> after = keys(OoxmlSchemas.check(output));
        if (after.isEmpty()) {
            return; // the template is only read when the output breaks a rule: most break none
        }
        Set<String> before = keys(OoxmlSchemas.check(template));
        List<String> added = after.stream().filter(k -> !before.contains(k)).toList();
        if (!added.isEmpty()) {
            throw new AssertionError("the output breaks schema rules the template keeps: " + added);
        }
    }

    /** A problem as part and message: where in the part moves when content repeats or goes. */
    private static Set<String> keys(List<SchemaProblem> problems) {
        Set<String> keys = new TreeSet<>();
        for (SchemaProblem p : problems) {
            keys.add(p.part() + ": " + p.message());
        }
        return keys;
    }

    private static Path root() {
        try {
            return Path.of(CorpusTest.class.getResource("corpus").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Data shaped by a template's fields: one item per loop, a present value for every condition and value. */
    static final class SampleData {
        private SampleData() {}

        static Map<String, Object> of(List<TemplateField> fields) {
            Map<String, Object> root = new LinkedHashMap<>();
            for (TemplateField f : fields) {
                Map<String, Object> scope = root;
                List<Object> items = null;
                for (String loop : f.loops()) {
                    items = list(scope, loop);
                    if (items == null) {
                        break;
                    }
                    scope = items.get(0) instanceof Map<?, ?> ? item(items) : null;
                    if (scope == null) {
                        break;
                    }
                }
                if (scope == null) {
                    continue;
                }
                if (f.path().equals(".")) {
                    if (items != null && items.get(0) instanceof Map<?, ?> m && m.isEmpty()) {
                        items.set(0, value(f.format()));
                    }
                    continue;
                }
                switch (f.kind()) {
                    case LOOP -> list(scope, f.path());
                    case IF_PRESENT -> put(scope, f.path(), Boolean.TRUE);
                    case IF_ABSENT -> {}
                    default -> put(scope, f.path(), value(f.format()));
                }
            }
            return root;
        }

        @SuppressWarnings("unchecked")
        private static Map<String, Object> item(List<Object> items) {
            return (Map<String, Object>) items.get(0);
        }

        /** The list at {@code path} under {@code scope}, made with one empty item when absent; null if a value is there. */
        @SuppressWarnings("unchecked")
        private static List<Object> list(Map<String, Object> scope, String path) {
            Object v = scope.get(path.split("\\.")[0]);
            if (v == null || v instanceof Map<?, ?>) {
                put(scope, path, new ArrayList<>(List.of(new LinkedHashMap<String, Object>())));
            }
            Object at = get(scope, path);
            return at instanceof List<?> l ? (List<Object>) l : null;
        }

        @SuppressWarnings("unchecked")
        private static Object get(Map<String, Object> scope, String path) {
            Object v = scope;
            for (String s : path.split("\\.")) {
                if (!(v instanceof Map<?, ?> m)) {
                    return null;
                }
                v = ((Map<String, Object>) m).get(s);
            }
            return v;
        }

        /** Sets {@code path} under {@code scope} unless something is there already. */
        @SuppressWarnings("unchecked")
        private static void put(Map<String, Object> scope, String path, Object value) {
            String[] segments = path.split("\\.");
            Map<String, Object> m = scope;
            for (int i = 0; i < segments.length - 1; i++) {
                Object next = m.computeIfAbsent(segments[i], k -> new LinkedHashMap<String, Object>());
                if (!(next instanceof Map<?, ?>)) {
                    return;
                }
                m = (Map<String, Object>) next;
            }
            m.putIfAbsent(segments[segments.length - 1], value);
        }

        private static Object value(String format) {
            if (format.startsWith("date")) {
                return LocalDate.of(2024, 12, 31);
            } else if (format.matches("(amount|grouped|percent|capital).*")) {
                return new BigDecimal("1234.5");
            } else if (!format.isEmpty()) {
                return 3;
            }
            return "示例";
        }
    }
}
