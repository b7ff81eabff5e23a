// SPDX-License-Identifier: Apache-2.0
/**
 * Part of the public jixiao API, for tests only: {@link org.jixiao.testing.OoxmlSchemas} checks every
 * XML part of a .docx against the ISO/IEC 29500-4 transitional schemas that Word enforces, so a test
 * fails where LibreOffice would open a document Word refuses. JDK only; never a runtime dependency.
 * Nothing in this package accepts or returns null.
 */
package org.jixiao.testing;
