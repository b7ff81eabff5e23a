// SPDX-License-Identifier: Apache-2.0
/**
 * Internal, not API: the rules that apply to every string of a report — characters a Word file cannot
 * hold, bidi controls, manual numbering, document numbers in the wrong brackets, repeated paragraphs,
 * leftover outline instructions, half-width punctuation, variant characters. Stateless and thread-safe.
 */
package org.jixiao.internal.validation.text;
