// SPDX-License-Identifier: Apache-2.0
package org.jixiao.compatibility;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each leg runs what its POM claims: the JVM's version, and exactly one jar of each library at its version. */
class LegVersionsTest {

    @Test
    void runsOnTheJavaItClaims() {
        assertEquals(
                Integer.parseInt(Leg.claim("java")),
                Runtime.version().feature(),
                "java.home " + System.getProperty("java.home"));
    }

    @ParameterizedTest(name = "{1}:{2}")
    @CsvSource({
        "hibernate-validator, org.hibernate.validator, hibernate-validator",
        "jakarta-validation, jakarta.validation, jakarta.validation-api",
        "jackson, com.fasterxml.jackson.core, jackson-databind",
        "jackson, com.fasterxml.jackson.core, jackson-core"
    })
    void classPathHoldsTheVersionItClaims(String claim, String group, String artifact) {
        assertEquals(List.of(Leg.claim(claim)), Leg.versions(group, artifact));
    }

    /**
     * jixiao reads and writes packages with the JDK alone: it brings no JAXB runtime and no docx4j, whatever
     * the host manages (the JAXB API jar may be there: Spring Boot's test starter brings it).
     */
    @ParameterizedTest(name = "{0}:{1}")
    @CsvSource({"org.glassfish.jaxb, jaxb-runtime", "org.docx4j, docx4j-core"})
    void classPathHoldsNoJaxbRuntimeNorDocx4j(String group, String artifact) {
        assertEquals(List.of(), Leg.versions(group, artifact));
    }
}
