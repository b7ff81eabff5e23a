// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.load;

/**
 * Per-template limits the engine applies itself, whatever JVM-global docx4j settings say. The
 * pre-flight checks (zip bombs, entry names, ratios) are TemplatePreflight's; these bound what the
 * compiler reads.
 */
public final class Limits {
    private Limits() {}

    /** The largest template file read, in bytes. */
    public static final int MAX_TEMPLATE_BYTES = 32 * 1024 * 1024;
    /** The most zip entries a template may have. */
    public static final int MAX_ENTRIES = 1000;
    /** The largest inflated size of one entry, in bytes. */
    public static final int MAX_ENTRY_BYTES = 64 * 1024 * 1024;
    /** The largest inflated size of all entries together, in bytes. */
    public static final long MAX_TOTAL_BYTES = 256L * 1024 * 1024;
}
