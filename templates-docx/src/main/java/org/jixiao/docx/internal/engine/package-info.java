// SPDX-License-Identifier: Apache-2.0
/**
 * Internal, not API: may change in any release. Ties compile and render together: the compiled
 * template (plan and pre-deflated static parts) and the package renderer. Nothing here accepts or
 * returns null unless documented.
 */
package org.jixiao.docx.internal.engine;
