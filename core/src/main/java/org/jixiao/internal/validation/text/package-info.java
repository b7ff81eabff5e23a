// SPDX-License-Identifier: Apache-2.0
/**
 * Internal, not API: the rules that apply to every printed string of a report — characters a Word file
 * cannot hold, bidi controls, manual numbering, document numbers in the wrong brackets, repeated
 * paragraphs, words and numbering, leftover outline instructions, half-width punctuation, variant
 * characters, stray spaces, rates in the text that contradict the figures, differences from the budget
 * left unexplained — and the fix of those that are mechanical ({@link
 * org.jixiao.internal.validation.text.TextFixer}). Stateless and thread-safe.
 */
package org.jixiao.internal.validation.text;
