// SPDX-License-Identifier: Apache-2.0
/**
 * Part of the public jixiao API: the .docx template engine. No docx4j type appears here; every
 * docx4j type lives in {@code org.jixiao.docx.internal}. Nothing in this package accepts or returns
 * null unless its Javadoc says so.
 */
package org.jixiao.docx;
