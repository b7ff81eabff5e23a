// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.preflight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.jixiao.docx.TestDocx;
import org.jixiao.validation.Problem;
import org.junit.jupiter.api.Test;

/** No DOCTYPE makes the parser fetch anything; arbitrary bytes never escape as an exception. */
class HostileXmlTest {

    @Test
    void externalDtdAndParameterEntitiesAreNeverFetched() throws IOException {
        AtomicInteger requests = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            byte[] body = "<!ENTITY x \"fetched\">".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            String[] doctypes = {
                "<!DOCTYPE w:document SYSTEM \"" + base + "/external.dtd\">",
                "<!DOCTYPE w:document [<!ENTITY % p SYSTEM \"" + base + "/param.dtd\"> %p;]>",
                "<!DOCTYPE w:document [<!ENTITY x SYSTEM \"" + base + "/entity\">]>",
            };
            for (String doctype : doctypes) {
                byte[] docx = TestDocx.docx()
                        .replace(
                                "word/document.xml",
                                TestDocx.DECL + doctype + "<w:document " + TestDocx.NS
                                        + "><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>")
                        .bytes();
                List<Problem> problems = TemplatePreflight.check(docx);
                assertEquals(
                        List.of("template.doctype"),
                        problems.stream().map(Problem::code).toList());
            }
            assertEquals(0, requests.get(), "the parser fetched a URL");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void mutatedTemplatesNeverThrow() {
        byte[] clean = TestDocx.docx()
                .styles("<w:style w:styleId=\"A\"><w:basedOn w:val=\"B\"/></w:style>")
                .body("<w:p><w:fldSimple w:instr=\"PAGE\"/><w:r><w:t>正文</w:t></w:r></w:p>")
                .bytes();
        Random random = new Random(20260101L);
        Budget budget = Budget.start();
        for (int i = 0; i < 1_000; i++) {
            byte[] mutated = clean.clone();
            int flips = 1 + random.nextInt(8);
            for (int f = 0; f < flips; f++) {
                mutated[random.nextInt(mutated.length)] = (byte) random.nextInt(256);
            }
            List<Problem> problems = TemplatePreflight.check(mutated);
            assertTrue(
                    problems.stream().noneMatch(p -> p.code().equals("template.preflight.failed")), problems::toString);
        }
        budget.assertWithin(20_000, Long.MAX_VALUE);
    }
}
