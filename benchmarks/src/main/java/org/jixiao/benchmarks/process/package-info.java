// SPDX-License-Identifier: Apache-2.0
// Copyright jixiao contributors
/** Whole-process probes that run.sh times in fresh JVMs; not an API; no method accepts or returns null. */
package org.jixiao.benchmarks.process;
