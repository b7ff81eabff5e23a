// SPDX-License-Identifier: Apache-2.0
package org.jixiao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The fontconfig rules jixiao gives LibreOffice: which configuration they build on, how they are loaded,
 * and, where fontconfig and the free fonts are installed, what fontconfig makes of each GB/T 9704 font.
 */
class FontSubstitutionTest {
    @TempDir
    Path dir;

    @Test
    void theUsersFontconfigFileComesFirstThenFontconfigPathThenTheSystemsConfig() throws IOException {
        Path own = Files.writeString(dir.resolve("own.conf"), "<fontconfig/>");
        Path folder = Files.createDirectory(dir.resolve("etc"));
        Path inPath = Files.writeString(folder.resolve("fonts.conf"), "<fontconfig/>");
        Path system = Files.writeString(dir.resolve("system.conf"), "<fontconfig/>");
        List<Path> systems = List.of(dir.resolve("missing.conf"), system);

        assertEquals(
                Optional.of(own),
                FontSubstitution.baseConfig(
                        Map.of("FONTCONFIG_FILE", own.toString(), "FONTCONFIG_PATH", folder.toString()), systems));
        assertEquals(
                Optional.of(inPath.toAbsolutePath()),
                FontSubstitution.baseConfig(
                        Map.of("FONTCONFIG_FILE", "relative.conf", "FONTCONFIG_PATH", folder.toString()), systems));
        assertEquals(Optional.of(system), FontSubstitution.baseConfig(Map.of(), systems));
        assertEquals(Optional.empty(), FontSubstitution.baseConfig(Map.of(), List.of(dir.resolve("missing.conf"))));
    }

    @Test
    void theConfigurationLoadsTheMachinesSetupThenTheExtraFontsThenTheRules() throws Exception {
        String xml = FontSubstitution.configuration(
                Path.of("/etc/fonts/fonts.conf"),
                Optional.of(Path.of("/opt/fonts & more")),
                Path.of("/tmp/a<b>/jixiao-fonts.conf"));
        Document config = parse(xml.getBytes(StandardCharsets.UTF_8));
        NodeList children = config.getDocumentElement().getElementsByTagName("*");
        assertEquals(3, children.getLength(), xml);
        assertEquals("include", children.item(0).getNodeName());
        assertEquals(
                Path.of("/etc/fonts/fonts.conf").toAbsolutePath().toString(),
                children.item(0).getTextContent());
        assertEquals("no", ((Element) children.item(0)).getAttribute("ignore_missing"));
        assertEquals("dir", children.item(1).getNodeName());
        assertEquals(
                Path.of("/opt/fonts & more").toAbsolutePath().toString(),
                children.item(1).getTextContent());
        assertEquals("include", children.item(2).getNodeName());
        assertEquals(
                Path.of("/tmp/a<b>/jixiao-fonts.conf").toAbsolutePath().toString(),
                children.item(2).getTextContent());
    }

    @Test
    void everyGbFontHasAnAliasWhoseFirstChoicesAreSimplifiedChineseFaces() throws Exception {
        Document rules;
        try (InputStream in = FontSubstitution.class.getResourceAsStream("fonts.conf")) {
            rules = parse(in.readAllBytes());
        }
        NodeList aliases = rules.getElementsByTagName("alias");
        Map<String, String> firstNoto = new java.util.HashMap<>();
        for (int i = 0; i < aliases.getLength(); i++) {
            Element alias = (Element) aliases.item(i);
            String name = alias.getElementsByTagName("family").item(0).getTextContent();
            NodeList accepted = ((Element) alias.getElementsByTagName("accept").item(0)).getElementsByTagName("family");
            for (int j = 0; j < accepted.getLength(); j++) {
                String family = accepted.item(j).getTextContent();
                assertTrue(!family.contains(" JP") && !family.contains(" TC"), name + " → " + family);
                if (family.startsWith("Noto") && !firstNoto.containsKey(name)) {
                    firstNoto.put(name, family);
                }
            }
        }
        assertEquals("Noto Serif CJK SC", firstNoto.get("仿宋_GB2312"));
        assertEquals("Noto Serif CJK SC", firstNoto.get("方正小标宋简体"));
        assertEquals("Noto Sans CJK SC", firstNoto.get("黑体"));
        assertEquals("Noto Serif CJK SC", firstNoto.get("宋体"));
        assertTrue(aliasFor(aliases, "楷体_GB2312").contains("AR PL UKai CN"));
    }

    /** fontconfig itself, with the rules written as {@code render --pdf} writes them. */
    @Test
    void fontconfigGivesEachGbFontAFreeFontOfItsKind() throws IOException {
        assumeTrue(ExternalProgram.onPath("fc-match").isPresent(), "skipped: fc-match (fontconfig) is not installed");
        Map<String, String> env = FontSubstitution.environment(dir, System.getenv());
        assumeTrue(!env.isEmpty(), "skipped: this machine has no fontconfig configuration");
        assumeTrue(
                match(env, "Noto Serif CJK SC").startsWith("Noto Serif CJK SC:")
                        && match(env, "Noto Sans CJK SC").startsWith("Noto Sans CJK SC:"),
                "skipped: Noto CJK is not installed (apt-get install fonts-noto-cjk)");
        assumeTrue(
                !match(env, "仿宋_GB2312").startsWith("仿宋_GB2312:"),
                "skipped: 仿宋_GB2312 is installed, nothing is substituted");

        assertEquals("Noto Serif CJK SC:Bold", match(env, "方正小标宋简体"));
        assertEquals("Noto Sans CJK SC:Regular", match(env, "黑体"));
        assertEquals("Noto Serif CJK SC:Regular", match(env, "宋体"));
        String fangsong = match(env, "仿宋_GB2312");
        assertTrue(fangsong.equals("FandolFang:Regular") || fangsong.equals("Noto Serif CJK SC:Regular"), fangsong);
        String kai = match(env, "楷体_GB2312");
        assertTrue(
                kai.startsWith("AR PL UKai CN:") || kai.startsWith("FandolKai:") || kai.startsWith("AR PL KaitiM GB:"),
                kai);
    }

    private static String aliasFor(NodeList aliases, String name) {
        for (int i = 0; i < aliases.getLength(); i++) {
            Element alias = (Element) aliases.item(i);
            if (alias.getElementsByTagName("family").item(0).getTextContent().equals(name)) {
                return alias.getTextContent();
            }
        }
        return "";
    }

    /** {@code family:style} of what fontconfig picks for {@code name} in Simplified Chinese, under {@code env}. */
    private static String match(Map<String, String> env, String name) throws IOException {
        ProcessBuilder builder = new ProcessBuilder("fc-match", "-f", "%{family[0]}:%{style[0]}", name + ":lang=zh-cn")
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().putAll(env);
        Process process = builder.start();
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        try {
            assertTrue(process.waitFor(30, TimeUnit.SECONDS), "fc-match did not finish");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
        return out;
    }

    private static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        // fonts.conf names fontconfig's DTD; it is not needed to read the file
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(xml));
    }
}
