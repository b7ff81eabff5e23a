// SPDX-License-Identifier: Apache-2.0
/**
 * Part of the public API of jixiao-spring-boot-starter: the auto-configuration classes, for
 * {@code @ImportAutoConfiguration}, {@code exclude} and ordering against them; their bean methods are not
 * API. Nothing in this package accepts or returns null.
 */
package org.jixiao.spring.autoconfigure;
