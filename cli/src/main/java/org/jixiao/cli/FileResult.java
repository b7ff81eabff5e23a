// SPDX-License-Identifier: Apache-2.0
package org.jixiao.cli;

/**
 * One file of a batch, as the summary table shows it.
 *
 * @param file the input's file name
 * @param outcome what happened
 * @param warnings how many warnings validation found
 * @param errors how many errors validation found
 * @param millis how long reading, validating, rendering and writing took, in milliseconds
 * @param reason why it was not written, one line; null when it was
 */
record FileResult(String file, Outcome outcome, int warnings, int errors, long millis, String reason) {}
