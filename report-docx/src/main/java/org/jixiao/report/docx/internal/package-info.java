// SPDX-License-Identifier: Apache-2.0
/**
 * Internal, not API: the data tree templates see (the report's tree plus computed figures and composed
 * sentences) and its JSON Schema. Nothing here accepts or returns null unless noted.
 */
package org.jixiao.report.docx.internal;
