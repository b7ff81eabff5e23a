// SPDX-License-Identifier: Apache-2.0
// Copyright jixiao contributors
/** poi-tl's side of the comparison: jixiao templates (the fixed-outline baseline, the official body loop) translated to poi-tl markers and the data converted to poi-tl's model; not an API; no method accepts or returns null. */
package org.jixiao.benchmarks.poitl;
