// SPDX-License-Identifier: Apache-2.0
/**
 * Internal, not API: may change in any release. The template compiler: normalises each templated
 * part (runs, spell-check marks, smart tags, the schema order of properties) and turns it into a
 * render plan, reporting every problem with a stable code and location. Nothing here accepts or
 * returns null unless documented.
 */
package org.jixiao.docx.internal.compile;
