// SPDX-License-Identifier: Apache-2.0
/**
 * Example Spring Boot application using jixiao-spring-boot-starter; not API. Nothing here accepts null.
 */
package org.jixiao.examples.spring;
