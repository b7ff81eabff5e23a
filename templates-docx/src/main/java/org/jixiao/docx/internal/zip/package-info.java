// SPDX-License-Identifier: Apache-2.0
/**
 * Internal, not API: the reproducible ZIP writer renders are packed with. Nothing here accepts or
 * returns null.
 */
package org.jixiao.docx.internal.zip;
