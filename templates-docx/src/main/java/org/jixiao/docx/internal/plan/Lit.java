// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.plan;

/** Static XML, already UTF-8 encoded and escaped. */
public record Lit(byte[] bytes) implements Node {}
