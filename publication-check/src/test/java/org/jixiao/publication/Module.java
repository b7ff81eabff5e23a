// SPDX-License-Identifier: Apache-2.0
package org.jixiao.publication;

import java.nio.file.Path;
import java.util.List;

/**
 * A module of the root POM as its own POM declares it: deployed unless it sets {@code maven.deploy.skip} to
 * {@code true} (the parent's default is {@code false}).
 */
record Module(String directory, Pom pom, String artifactId, String packaging, boolean deployed) {

    /** Every module listed in {@code root/pom.xml}, in its order. */
    static List<Module> of(Path root) {
        return Pom.read(root.resolve("pom.xml")).all("modules", "module").stream()
                .map(m -> read(root, m.getTextContent().strip()))
                .toList();
    }

    private static Module read(Path root, String directory) {
        Pom pom = Pom.read(root.resolve(directory).resolve("pom.xml"));
        return new Module(
                directory,
                pom,
                pom.text("artifactId").orElseThrow(),
                pom.text("packaging").orElse("jar"),
                !pom.text("properties/maven.deploy.skip").orElse("false").equals("true"));
    }

    /** This module's jar with the given classifier ("" for the main jar), under its {@code target}. */
    Path jar(Path root, String version, String classifier) {
        String suffix = classifier.isEmpty() ? "" : "-" + classifier;
        return root.resolve(directory).resolve("target").resolve(artifactId + "-" + version + suffix + ".jar");
    }
}
