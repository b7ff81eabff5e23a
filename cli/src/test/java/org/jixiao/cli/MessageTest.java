// SPDX-License-Identifier: Apache-2.0
package org.jixiao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jixiao.Lang;
import org.junit.jupiter.api.Test;

/** Every sentence of the command line is in both bundles, with the same arguments in either language. */
class MessageTest {
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d)}");

    @Test
    void everyMessageHasBothLanguagesWithTheSameArguments() throws IOException {
        Properties en = load("Messages.properties");
        Properties zh = load("Messages_zh_CN.properties");
        Set<String> keys =
                Arrays.stream(Message.values()).map(Message::key).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(keys, new TreeSet<>(en.stringPropertyNames()));
        assertEquals(keys, new TreeSet<>(zh.stringPropertyNames()));
        for (String key : keys) {
            assertEquals(arguments(en.getProperty(key)), arguments(zh.getProperty(key)), key);
            assertTrue(zh.getProperty(key).codePoints().anyMatch(cp -> cp > 0x2E80), key);
        }
    }

    @Test
    void argumentsGoInTheirPlaceInEitherLanguage() {
        assertEquals(
                "no PDF: LibreOffice did not convert a.docx within 60 seconds",
                Message.PDF_TIMEOUT.format(Lang.EN, "a.docx", 60));
        assertEquals("未生成 PDF：LibreOffice 在 60 秒内未完成 a.docx 的转换", Message.PDF_TIMEOUT.format(Lang.ZH, "a.docx", 60));
        assertEquals(" (default)", Message.OUTLINE_DEFAULT.format(Lang.EN));
        // a file name is put in once, never read again as a message
        assertEquals("file not found: {1}.json", Message.FILE_NOT_FOUND.format(Lang.EN, "{1}.json"));
        assertFalse(Message.CANNOT_READ.format(Lang.ZH, "a", "b").contains("{"));
    }

    private static Set<String> arguments(String message) {
        Set<String> found = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(message);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessageTest.class.getResourceAsStream(name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
