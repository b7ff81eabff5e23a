// SPDX-License-Identifier: Apache-2.0
package org.jixiao.spring.autoconfigure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class WebServerWarmUpTest {

    @Test
    void oneGetOfTheWarmUpPathUnderTheContextPathReadToItsEnd() throws Exception {
        List<String> seen = new CopyOnWriteArrayList<>();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            seen.add(exchange.getRequestMethod() + " " + exchange.getRequestURI() + " "
                    + exchange.getRequestHeaders().getFirst("User-Agent"));
            byte[] body = "not here".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            exchange.sendResponseHeaders(404, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            WebServerWarmUp.request(server.getAddress(), "/oa/");
            WebServerWarmUp.request(server.getAddress(), "");
        } finally {
            server.stop(0);
        }

        assertEquals(List.of("GET /oa/jixiao-warm-up jixiao-warm-up", "GET /jixiao-warm-up jixiao-warm-up"), seen);
    }
}
