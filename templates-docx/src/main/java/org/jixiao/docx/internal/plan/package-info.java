// SPDX-License-Identifier: Apache-2.0
/**
 * Internal, not API: may change in any release. The render plan: static XML as UTF-8 bytes
 * interleaved with slots; plain immutable data, shared by concurrent renders. Nothing here accepts
 * or returns null unless documented.
 */
package org.jixiao.docx.internal.plan;
