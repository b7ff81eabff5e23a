// SPDX-License-Identifier: Apache-2.0
// Copyright jixiao contributors
/** JMH benchmarks of jixiao against poi-tl and the docx4j and zip floors, on the Potou example; not an API: never deployed, run with benchmarks/run.sh; no method accepts or returns null. */
package org.jixiao.benchmarks;
