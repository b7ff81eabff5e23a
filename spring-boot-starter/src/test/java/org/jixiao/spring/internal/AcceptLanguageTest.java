// SPDX-License-Identifier: Apache-2.0
package org.jixiao.spring.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jixiao.Lang;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AcceptLanguageTest {

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(
            delimiter = '|',
            nullValues = "NULL",
            value = {
                "NULL|ZH",
                "''|ZH",
                "en|EN",
                "en-US|EN",
                "en-US,en;q=0.9,zh;q=0.5|EN",
                "zh-CN,zh;q=0.9,en;q=0.8|ZH",
                "zh-Hans-CN|ZH",
                "en;q=0.5,zh;q=0.8|ZH",
                "fr-FR,en;q=0.5|EN",
                "fr-FR,de|ZH",
                "*|ZH",
                "en;q=0,zh;q=0.1|ZH",
                "this is not a header|ZH",
                ";;;|ZH"
            })
    void englishOnlyWhenItRanksAboveChinese(String header, Lang expected) {
        assertEquals(expected, AcceptLanguage.of(header));
    }
}
