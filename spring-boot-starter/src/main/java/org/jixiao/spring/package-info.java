// SPDX-License-Identifier: Apache-2.0
/**
 * Part of the public API of jixiao-spring-boot-starter: what a Spring Boot application uses from jixiao's
 * auto-configuration — the {@link org.jixiao.spring.ReportRenderer}, the
 * {@link org.jixiao.spring.TemplateRegistry}, the {@link org.jixiao.spring.DocxResponse} download and the
 * {@link org.jixiao.spring.JixiaoProblemHandler} problem details. Nothing in this package accepts or returns
 * null unless its Javadoc says so.
 */
package org.jixiao.spring;
