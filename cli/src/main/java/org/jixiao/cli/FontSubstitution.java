// SPDX-License-Identifier: Apache-2.0
package org.jixiao.cli;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The font substitution jixiao ships for the LibreOffice it runs: the rules in {@code fonts.conf} beside
 * this class turn the fonts GB/T 9704 names (仿宋_GB2312, 方正小标宋简体, 黑体, 楷体_GB2312, 宋体), which
 * a Linux machine lacks, into free fonts of the same kind. LibreOffice asks fontconfig for every font it
 * cannot find by name (on Linux and the BSDs; on Windows and macOS it does not use fontconfig), so the
 * rules reach it through {@code FONTCONFIG_FILE}: a small configuration that loads the machine's own
 * fontconfig setup and then the rules. Nothing of the user's setup changes.
 */
final class FontSubstitution {
    /** Where Debian's and Ubuntu's texlive-lang-chinese put FandolFang (a 仿宋), which fontconfig does not see by itself. */
    static final Path FANDOL = Path.of("/usr/share/texlive/texmf-dist/fonts/opentype/public/fandol");

    private static final List<Path> SYSTEM_CONFIGS =
            List.of(Path.of("/etc/fonts/fonts.conf"), Path.of("/usr/local/etc/fonts/fonts.conf"));

    private FontSubstitution() {}

    /**
     * Writes the rules and a configuration that loads them into {@code folder}, and returns the
     * environment to add to LibreOffice's; empty, and nothing written, when this machine has no
     * fontconfig configuration to build on (Windows, most Macs).
     *
     * @param environment this process's environment, for {@code FONTCONFIG_FILE} and {@code FONTCONFIG_PATH}
     */
    static Map<String, String> environment(Path folder, Map<String, String> environment) throws IOException {
        Optional<Path> base = baseConfig(environment, SYSTEM_CONFIGS);
        if (base.isEmpty()) {
            return Map.of();
        }
        Path rules = folder.resolve("jixiao-fonts.conf");
        try (InputStream in = FontSubstitution.class.getResourceAsStream("fonts.conf")) {
            if (in == null) {
                throw new IllegalStateException("fonts.conf is missing from the jar");
            }
            Files.copy(in, rules);
        }
        Path config = folder.resolve("fonts.conf");
        Files.writeString(
                config,
                configuration(base.get(), Files.isDirectory(FANDOL) ? Optional.of(FANDOL) : Optional.empty(), rules),
                StandardCharsets.UTF_8);
        return Map.of("FONTCONFIG_FILE", config.toAbsolutePath().toString());
    }

    /**
     * The fontconfig configuration fontconfig would load without us: {@code FONTCONFIG_FILE} when it
     * names an existing file, else {@code fonts.conf} in the first {@code FONTCONFIG_PATH} folder that
     * has one, else the first of {@code systemConfigs} that exists.
     */
    static Optional<Path> baseConfig(Map<String, String> environment, List<Path> systemConfigs) {
        String file = environment.get("FONTCONFIG_FILE");
        if (file != null && !file.isEmpty() && Path.of(file).isAbsolute() && Files.isRegularFile(Path.of(file))) {
            return Optional.of(Path.of(file));
        }
        String path = environment.get("FONTCONFIG_PATH");
        if (path != null) {
            for (String folder : path.split(File.pathSeparator)) {
                if (!folder.isEmpty() && Files.isRegularFile(Path.of(folder, "fonts.conf"))) {
                    return Optional.of(Path.of(folder, "fonts.conf").toAbsolutePath());
                }
            }
        }
        return systemConfigs.stream().filter(Files::isRegularFile).findFirst();
    }

    /** A fontconfig file that includes {@code base}, adds {@code extraFonts} as a font folder, then includes {@code rules}. */
    static String configuration(Path base, Optional<Path> extraFonts, Path rules) {
        StringBuilder xml = new StringBuilder()
                .append("<?xml version=\"1.0\"?>\n")
                .append("<!DOCTYPE fontconfig SYSTEM \"urn:fontconfig:fonts.dtd\">\n")
                .append("<fontconfig>\n")
                .append("  <include ignore_missing=\"no\">")
                .append(escape(base.toAbsolutePath().toString()))
                .append("</include>\n");
        extraFonts.ifPresent(dir -> xml.append("  <dir>")
                .append(escape(dir.toAbsolutePath().toString()))
                .append("</dir>\n"));
        return xml.append("  <include ignore_missing=\"no\">")
                .append(escape(rules.toAbsolutePath().toString()))
                .append("</include>\n")
                .append("</fontconfig>\n")
                .toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
