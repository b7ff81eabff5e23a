// SPDX-License-Identifier: Apache-2.0
package org.jixiao.publication;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * What a repository manager or Maven Central requires of each deployed module, checked on the packaged build
 * (this runs in {@code mvn verify}, after every module it depends on is packaged): the licence in the main,
 * sources and javadoc jar, the BOM complete and in step with the parent, the runnable jar's licence listing
 * everything it bundles. The POM metadata as Maven sees it after inheritance (url, licence, developers, scm,
 * issue tracker) is enforced in each module by the parent POM's enforcer execution {@code publishable-pom};
 * this test checks what the enforcer cannot see. Each failure names the module and what it lacks.
 */
class PublishableArtifactsIT {
    private static final Path ROOT =
            Path.of(System.getProperty("jixiao.root")).toAbsolutePath().normalize();
    private static final String VERSION = System.getProperty("jixiao.version");
    private static final List<Module> MODULES = Module.of(ROOT);

    @Test
    void everyDeployedJarComesWithSourcesAndJavadocJarsAndAllThreeCarryTheLicence() throws IOException {
        byte[] license = Files.readAllBytes(ROOT.resolve("LICENSE"));
        List<String> problems = new ArrayList<>();
        for (Module module : deployedJars()) {
            for (String classifier : List.of("", "sources", "javadoc")) {
                Path jar = module.jar(ROOT, VERSION, classifier);
                if (!Files.isRegularFile(jar)) {
                    problems.add(module.artifactId() + ": no " + ROOT.relativize(jar) + " (deployed jars need it)");
                    continue;
                }
                Optional<byte[]> inJar = entry(jar, "META-INF/LICENSE");
                if (inJar.isEmpty()) {
                    problems.add(module.artifactId() + ": " + ROOT.relativize(jar) + " has no META-INF/LICENSE");
                } else if (!Arrays.equals(inJar.get(), license)) {
                    problems.add(module.artifactId() + ": META-INF/LICENSE of " + ROOT.relativize(jar)
                            + " is not the repository's LICENSE");
                }
            }
            Path sources = module.jar(ROOT, VERSION, "sources");
            if (Files.isRegularFile(sources) && names(sources).noneMatch(n -> n.endsWith(".java"))) {
                problems.add(module.artifactId() + ": " + ROOT.relativize(sources) + " holds no .java file");
            }
            Path javadoc = module.jar(ROOT, VERSION, "javadoc");
            if (Files.isRegularFile(javadoc) && names(javadoc).noneMatch("index.html"::equals)) {
                problems.add(module.artifactId() + ": " + ROOT.relativize(javadoc) + " has no index.html");
            }
        }
        assertNoProblems(problems);
    }

    @Test
    void everyDeployedModuleNamesAndDescribesItselfInItsOwnPom() {
        // Maven inherits <name> and <description>: the enforcer sees the parent's and is satisfied.
        List<String> problems = new ArrayList<>();
        Stream.concat(Stream.of(rootAsModule()), MODULES.stream().filter(Module::deployed))
                .forEach(module -> {
                    for (String element : List.of("name", "description")) {
                        if (module.pom().text(element).isEmpty()) {
                            problems.add(module.artifactId() + ": "
                                    + ROOT.relativize(module.pom().file()) + " has no <" + element + "> of its own");
                        }
                    }
                });
        assertNoProblems(problems);
    }

    @Test
    void theBomListsEveryDeployedJarAtTheProjectVersion() {
        Module bom = bom();
        List<String> problems = new ArrayList<>();
        if (!bom.deployed() || !bom.packaging().equals("pom")) {
            problems.add("jixiao-bom: must be deployed and have packaging pom");
        }
        if (bom.pom().element("parent").isPresent()) {
            problems.add("jixiao-bom: must have no <parent> (its dependencyManagement would reach importers)");
        }
        if (!bom.pom().text("version").orElse("").equals(VERSION)) {
            problems.add("jixiao-bom: <version> must be " + VERSION + ", the parent's");
        }
        Set<String> listed = new TreeSet<>();
        for (Element dependency : bom.pom().all("dependencyManagement/dependencies", "dependency")) {
            String artifactId = Pom.childText(dependency, "artifactId");
            listed.add(artifactId);
            if (!Pom.childText(dependency, "groupId").equals("org.jixiao")
                    || !Pom.childText(dependency, "version").equals("${project.version}")) {
                problems.add("jixiao-bom: " + artifactId + " must be org.jixiao at ${project.version}");
            }
        }
        Set<String> deployed =
                deployedJars().stream().map(Module::artifactId).collect(Collectors.toCollection(TreeSet::new));
        for (String artifactId : deployed) {
            if (!listed.contains(artifactId)) {
                problems.add("jixiao-bom: does not list " + artifactId + ", a deployed module");
            }
        }
        for (String artifactId : listed) {
            if (!deployed.contains(artifactId)) {
                problems.add("jixiao-bom: lists " + artifactId + ", which is not a deployed module");
            }
        }
        assertTrue(deployed.contains("jixiao-core"), "the modules were read: " + MODULES);
        assertNoProblems(problems);
    }

    @Test
    void theBomCarriesTheParentsPublicationMetadata() {
        Pom parent = Pom.read(ROOT.resolve("pom.xml"));
        Pom bom = bom().pom();
        List<String> problems = new ArrayList<>();
        for (String path : List.of(
                "url",
                "licenses/license/name",
                "licenses/license/url",
                "developers/developer/id",
                "developers/developer/name",
                "scm/connection",
                "scm/developerConnection",
                "scm/url",
                "issueManagement/url")) {
            Optional<String> expected = parent.text(path);
            if (expected.isEmpty()) {
                problems.add("jixiao-parent: pom.xml has no <" + path + ">");
            } else if (!bom.text(path).equals(expected)) {
                problems.add("jixiao-bom: <" + path + "> must be " + expected.get() + " as in the parent, is "
                        + bom.text(path).orElse("missing"));
            }
        }
        assertNoProblems(problems);
    }

    @Test
    void theRunnableJarsLicenceListsExactlyTheComponentsItBundles() throws IOException {
        Path jar = ROOT.resolve("cli/target/jixiao.jar");
        assertTrue(Files.isRegularFile(jar), "jixiao-cli: no cli/target/jixiao.jar");
        List<String> problems = new ArrayList<>();
        String license = entry(jar, "META-INF/LICENSE")
                .map(b -> new String(b, StandardCharsets.UTF_8))
                .orElse("");
        if (!license.startsWith(Files.readString(ROOT.resolve("LICENSE")).stripTrailing())) {
            problems.add("jixiao-cli: META-INF/LICENSE of cli/target/jixiao.jar does not begin with the"
                    + " repository's LICENSE (cli/src/main/shade/LICENSE, shade's IncludeResourceTransformer)");
        }
        if (entry(jar, "META-INF/NOTICE").isEmpty()) {
            problems.add("jixiao-cli: cli/target/jixiao.jar has no META-INF/NOTICE");
        }
        Set<String> listed = listedComponents(license);
        Set<String> bundled = bundledComponents(ROOT.resolve("cli/target/shaded-artifacts.txt"));
        for (String component : bundled) {
            if (!listed.contains(component)) {
                problems.add("jixiao-cli: jixiao.jar bundles " + component
                        + " but cli/src/main/shade/LICENSE does not list it under its licence");
            }
        }
        for (String component : listed) {
            if (!bundled.contains(component)) {
                problems.add("jixiao-cli: cli/src/main/shade/LICENSE lists " + component
                        + ", which jixiao.jar no longer bundles");
            }
        }
        assertTrue(bundled.contains("info.picocli:picocli"), "the bundled list was read: " + bundled);
        assertNoProblems(problems);
    }

    @Test
    void theTestingJarsAttributeEveryFamilyOfBundledSchemas() throws IOException {
        Module testing = MODULES.stream()
                .filter(m -> m.artifactId().equals("jixiao-testing"))
                .findFirst()
                .orElseThrow();
        List<String> folders;
        try (Stream<Path> list = Files.list(ROOT.resolve("testing/src/main/resources/org/jixiao/testing/schemas"))) {
            folders = list.map(p -> p.getFileName() + "/").sorted().toList();
        }
        assertTrue(folders.contains("ISO-IEC29500-4_2016/"), "the schema folders were read: " + folders);
        List<String> problems = new ArrayList<>();
        for (String classifier : List.of("", "sources")) {
            Path jar = testing.jar(ROOT, VERSION, classifier);
            Optional<String> notice = Files.isRegularFile(jar)
                    ? entry(jar, "META-INF/NOTICE").map(b -> new String(b, StandardCharsets.UTF_8))
                    : Optional.empty();
            if (notice.isEmpty()) {
                problems.add("jixiao-testing: " + ROOT.relativize(jar) + " has no META-INF/NOTICE");
                continue;
            }
            for (String folder : folders) {
                if (!notice.get().contains(folder)) {
                    problems.add("jixiao-testing: META-INF/NOTICE of " + ROOT.relativize(jar)
                            + " does not say whose the schemas in " + folder + " are");
                }
            }
        }
        assertNoProblems(problems);
    }

    private static List<Module> deployedJars() {
        return MODULES.stream()
                .filter(m -> m.deployed() && m.packaging().equals("jar"))
                .toList();
    }

    private static Module bom() {
        return MODULES.stream()
                .filter(m -> m.artifactId().equals("jixiao-bom"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("jixiao-bom: no module of the root POM is the BOM"));
    }

    private static Module rootAsModule() {
        Pom pom = Pom.read(ROOT.resolve("pom.xml"));
        return new Module(".", pom, pom.text("artifactId").orElseThrow(), "pom", true);
    }

    /** The {@code group:artifact} lines of the listing between the jar's heading and the licence texts. */
    static Set<String> listedComponents(String license) {
        Set<String> listed = new TreeSet<>();
        boolean inListing = false;
        for (String line : license.lines().toList()) {
            if (line.startsWith("jixiao.jar:")) {
                inListing = true;
            } else if (inListing && line.startsWith("-----")) {
                break;
            } else if (inListing) {
                Matcher m = LISTED.matcher(line);
                if (m.matches()) {
                    listed.add(m.group(1));
                }
            }
        }
        return listed;
    }

    private static final Pattern LISTED = Pattern.compile("  ([\\w.-]+:[\\w.-]+)\\s*");
    private static final Pattern RESOLVED = Pattern.compile("\\s+([\\w.-]+:[\\w.-]+):\\S+.*");

    /** {@code group:artifact} of each line of the dependency plugin's list. */
    private static Set<String> bundledComponents(Path list) throws IOException {
        return Files.readAllLines(list, StandardCharsets.UTF_8).stream()
                .map(RESOLVED::matcher)
                .filter(Matcher::matches)
                .map(m -> m.group(1))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Optional<byte[]> entry(Path jar, String name) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            ZipEntry entry = zip.getEntry(name);
            if (entry == null) {
                return Optional.empty();
            }
            try (InputStream in = zip.getInputStream(entry)) {
                return Optional.of(in.readAllBytes());
            }
        }
    }

    private static Stream<String> names(Path jar) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            return zip.stream().map(ZipEntry::getName).toList().stream();
        }
    }

    private static void assertNoProblems(List<String> problems) {
        assertTrue(problems.isEmpty(), () -> "not publishable:\n  " + String.join("\n  ", problems));
    }
}
