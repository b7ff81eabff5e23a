// SPDX-License-Identifier: Apache-2.0
/**
 * Internal, not API: the template pre-flight — bounded ZIP reading and the
 * safety checks that run on raw bytes before docx4j sees them. Nothing here accepts or returns null
 * unless noted.
 */
package org.jixiao.docx.internal.preflight;
