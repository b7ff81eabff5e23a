// SPDX-License-Identifier: Apache-2.0
/**
 * Part of the public jixiao API: the typed model of the 整体绩效自评报告 (overall performance
 * self-evaluation report) as immutable records. Record component names are the JSON property names.
 * Optional components may be null; lists are never null (null becomes an empty, unmodifiable list).
 * Numbering (一、（一）1.…) is never stored: it is derived from position when rendering.
 */
package org.jixiao.report;
