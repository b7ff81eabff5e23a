// SPDX-License-Identifier: Apache-2.0
// Copyright jixiao contributors
/** The Markdown report of a benchmark run (measurements, ratios against the targets, calibration); not an API; no method accepts or returns null. */
package org.jixiao.benchmarks.report;
