// SPDX-License-Identifier: Apache-2.0
package org.jixiao.spring.autoconfigure;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

/**
 * Once the application is ready, sends one plain HTTP request to its own server over loopback,
 * {@code GET <context path>/jixiao-warm-up} (a 404, or whatever the application's security answers), so the
 * web server's and the framework's request path is loaded before the first real request: that is most of
 * what a first request costs once {@link JixiaoWarmUp} has run. Skipped when the server uses TLS or has no
 * port (a mock environment); a failure is logged at debug level and changes nothing else.
 */
final class WebServerWarmUp implements ApplicationListener<ApplicationReadyEvent> {
    private static final Log LOG = LogFactory.getLog(WebServerWarmUp.class);
    static final String PATH = "/jixiao-warm-up";
    private static final int TIMEOUT_MS = 5_000;

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        Environment env = event.getApplicationContext().getEnvironment();
        Integer port = env.getProperty("local.server.port", Integer.class);
        if (port == null || port <= 0 || usesTls(env)) {
            return;
        }
        long begin = System.nanoTime();
        try {
            String address = env.getProperty("server.address");
            InetAddress host = address == null || address.isBlank() || "0.0.0.0".equals(address) || "::".equals(address)
                    ? InetAddress.getLoopbackAddress()
                    : InetAddress.getByName(address);
            request(new InetSocketAddress(host, port), env.getProperty("server.servlet.context-path", ""));
            LOG.info("jixiao web server warm-up done in " + (System.nanoTime() - begin) / 1_000_000 + " ms");
        } catch (IOException e) {
            LOG.debug("jixiao web server warm-up skipped: " + e);
        }
    }

    private static boolean usesTls(Environment env) {
        return env.containsProperty("server.ssl.key-store")
                || env.containsProperty("server.ssl.certificate")
                || env.containsProperty("server.ssl.bundle");
    }

    /** Sends the request and reads the answer to its end (the request asks the server to close). */
    static void request(InetSocketAddress server, String contextPath) throws IOException {
        String path =
                (contextPath.endsWith("/") ? contextPath.substring(0, contextPath.length() - 1) : contextPath) + PATH;
        try (Socket socket = new Socket()) {
            socket.connect(server, TIMEOUT_MS);
            socket.setSoTimeout(TIMEOUT_MS);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nUser-Agent: jixiao-warm-up\r\n"
                            + "Connection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            while (in.read(new byte[8192]) >= 0) {
                // the answer does not matter, only that the server produced it
            }
        }
    }
}
