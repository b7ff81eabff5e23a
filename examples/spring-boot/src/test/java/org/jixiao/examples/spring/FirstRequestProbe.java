// SPDX-License-Identifier: Apache-2.0
package org.jixiao.examples.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.examples.ExampleReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Measures, in fresh JVMs, how long the example application takes to answer its first request (the
 * reference report to .docx) with the warm-up and without it, beside its tenth request and its start-up.
 * Prints the numbers and asserts only that every answer is a 200: timings depend on the machine. Off by
 * default (it starts the application a few times, tens of seconds); run it with
 * {@code mvn -B test -pl examples/spring-boot -am -Dtest=FirstRequestProbe -Dsurefire.failIfNoSpecifiedTests=false
 * -Djixiao.probe=true} (and {@code -Djixiao.probe.rounds=N}, default 3).
 */
@EnabledIfSystemProperty(named = "jixiao.probe", matches = "true")
class FirstRequestProbe {
    private static final Pattern PORT = Pattern.compile("Tomcat started on port\\D*(\\d+)");
    /**
     * Ready for traffic: after the warm-up's request to its own server when there is one (readiness turns to
     * ACCEPTING_TRAFFIC after it), else once started.
     */
    /**
     * When the application takes traffic: readiness turns to ACCEPTING_TRAFFIC after the ready event, so after
     * the warm-up's request to its own server when there is one; without warm-up, once started.
     */
    private static final String READY_WARM = "jixiao web server warm-up done";

    private static final String READY_COLD = "Started ReportApplication";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** One start of the application: its start-up, first and tenth request, in milliseconds. */
    record Run(boolean warmUp, long startUpMs, double firstMs, double tenthMs) {}

    @Test
    void firstRequestWithAndWithoutWarmUp() throws Exception {
        warmProbeClient();
        int rounds = Integer.getInteger("jixiao.probe.rounds", 3);
        List<Run> runs = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            runs.add(run(true));
            runs.add(run(false));
        }
        StringBuilder table = new StringBuilder("warm-up  start-up ms  first request ms  tenth request ms\n");
        for (Run r : runs) {
            table.append(String.format(
                    Locale.ROOT,
                    "%-8s %11d %17.1f %17.1f%n",
                    r.warmUp() ? "on" : "off",
                    r.startUpMs(),
                    r.firstMs(),
                    r.tenthMs()));
        }
        System.out.print(table);
    }

    private static Run run(boolean warmUp) throws Exception {
        Path log = Files.createTempFile("jixiao-probe", ".log");
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        long begin = System.nanoTime();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                classPath,
                ReportApplication.class.getName(),
                "--server.port=0",
                "--jixiao.warm-up.enabled=" + warmUp));
        String extra = System.getProperty("jixiao.probe.args", "");
        if (!extra.isBlank()) {
            command.addAll(List.of(extra.trim().split("\\s+")));
        }
        Process app = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        try {
            int port = awaitPort(app, log, warmUp);
            long startUpMs = (System.nanoTime() - begin) / 1_000_000;
            if (Boolean.getBoolean("jixiao.probe.preflight")) {
                HTTP.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/nothing"))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
            }
            double first = timedPost(port);
            double last = first;
            for (int i = 2; i <= 10; i++) {
                last = timedPost(port);
            }
            return new Run(warmUp, startUpMs, first, last);
        } finally {
            app.destroy();
            app.waitFor();
            Files.delete(log);
        }
    }

    private static int awaitPort(Process app, Path log, boolean warmUp) throws IOException, InterruptedException {
        for (int i = 0; i < 1200; i++) { // at most two minutes
            String text = Files.readString(log, StandardCharsets.UTF_8);
            Matcher port = PORT.matcher(text);
            if (port.find() && text.contains(warmUp ? READY_WARM : READY_COLD)) {
                return Integer.parseInt(port.group(1));
            }
            if (!app.isAlive()) {
                throw new IllegalStateException("the application stopped:\n" + text);
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the application was not ready in two minutes");
    }

    private static double timedPost(int port) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/reports/docx"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(ExampleReport.POTOU.json()))
                .build();
        long begin = System.nanoTime();
        HttpResponse<byte[]> response = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
        double ms = (System.nanoTime() - begin) / 1e6;
        assertEquals(200, response.statusCode());
        return ms;
    }

    /** The probe's own HTTP client pays its start-up against a local echo server, not in the first measure. */
    private static void warmProbeClient() throws IOException, InterruptedException {
        HttpServer echo = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        echo.createContext("/", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        echo.start();
        try {
            for (int i = 0; i < 20; i++) {
                HttpRequest request = HttpRequest.newBuilder(URI.create(
                                "http://localhost:" + echo.getAddress().getPort() + "/"))
                        .POST(HttpRequest.BodyPublishers.ofByteArray(ExampleReport.POTOU.json()))
                        .build();
                HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
            }
        } finally {
            echo.stop(0);
        }
    }
}
