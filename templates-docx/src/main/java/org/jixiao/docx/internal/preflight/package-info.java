// SPDX-License-Identifier: Apache-2.0
/**
 * Internal, not API: the template pre-flight — the one bounded read of a package (into a
 * {@link org.jixiao.docx.internal.load.DocxPackage}) and the safety checks that run on it. Nothing
 * here accepts or returns null unless noted.
 */
package org.jixiao.docx.internal.preflight;
