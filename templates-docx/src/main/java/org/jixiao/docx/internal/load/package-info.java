// SPDX-License-Identifier: Apache-2.0
/**
 * Internal, not API: may change in any release. Reads template bytes under limits and loads them
 * once with docx4j as a gate; the only package that touches docx4j. Nothing here accepts or
 * returns null unless documented.
 */
package org.jixiao.docx.internal.load;
