// SPDX-License-Identifier: Apache-2.0
/**
 * Internal, not API: may change in any release. Checks template fields against a JSON Schema of
 * the data. Nothing here accepts or returns null unless documented.
 */
package org.jixiao.docx.internal.lint;
