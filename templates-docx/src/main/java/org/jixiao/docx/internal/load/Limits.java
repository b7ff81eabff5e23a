// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.load;

import org.jixiao.docx.internal.preflight.PreflightLimits;

/**
 * Per-template limits the engine applies itself, whatever JVM-global docx4j settings say: the same
 * caps as the pre-flight checks ({@link PreflightLimits#DEFAULT}), applied again when the compiler
 * reads the entries it keeps.
 */
public final class Limits {
    private Limits() {}

    private static final PreflightLimits P = PreflightLimits.DEFAULT;

    /** The largest template file read, in bytes. */
    public static final int MAX_TEMPLATE_BYTES = (int) P.maxTemplateBytes();
    /** The most zip entries a template may have. */
    public static final int MAX_ENTRIES = P.maxEntries();
    /** The largest inflated size of one entry, in bytes. */
    public static final int MAX_ENTRY_BYTES = (int) P.maxEntryBytes();
    /** The largest inflated size of all entries together, in bytes. */
    public static final long MAX_TOTAL_BYTES = P.maxTotalBytes();
}
