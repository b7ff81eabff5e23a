// SPDX-License-Identifier: Apache-2.0
/**
 * Part of the public jixiao API: reading and writing a report as JSON, its plain tree for templates and
 * its JSON Schema, through {@link org.jixiao.json.ReportJson}. No method accepts null; none returns null.
 */
package org.jixiao.json;
