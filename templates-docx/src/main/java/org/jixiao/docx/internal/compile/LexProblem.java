// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.compile;

/** A malformed marker: a problem code, the offending text and its arguments for the message. */
public record LexProblem(Problems.Code code, String snippet, String arg) {}
