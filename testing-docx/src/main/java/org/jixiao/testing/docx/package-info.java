// SPDX-License-Identifier: Apache-2.0
/**
 * Part of the public jixiao API, for test scope: {@link org.jixiao.testing.docx.DocxText}, the canonical text
 * of a .docx for golden-file tests. Nothing in this package accepts or returns null.
 */
package org.jixiao.testing.docx;
