// SPDX-License-Identifier: Apache-2.0
/** Internal, not API: build steps run by Maven (packing the official templates); never called at run time. */
package org.jixiao.report.docx.internal.build;
