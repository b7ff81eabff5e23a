// SPDX-License-Identifier: Apache-2.0
/**
 * Internal to jixiao-spring-boot-starter: may change in any release. Nothing here accepts or returns null.
 */
package org.jixiao.spring.internal;
