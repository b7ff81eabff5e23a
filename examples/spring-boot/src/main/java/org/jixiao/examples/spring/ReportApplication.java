// SPDX-License-Identifier: Apache-2.0
package org.jixiao.examples.spring;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** An OA back end that turns a report's JSON into its Word document: {@code mvn spring-boot:run}. */
@SpringBootApplication
public class ReportApplication {
    public static void main(String[] args) {
        SpringApplication.run(ReportApplication.class, args);
    }
}
