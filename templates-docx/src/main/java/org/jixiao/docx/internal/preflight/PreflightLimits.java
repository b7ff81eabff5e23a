// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.preflight;

/**
 * Hard caps applied while reading a template's ZIP, whatever docx4j's JVM-global limits are
 *. Sizes are in bytes.
 *
 * @param maxEntries most ZIP entries accepted, directories included
 * @param maxEntryBytes most inflated bytes in one entry
 * @param maxTotalBytes most inflated bytes over all entries
 * @param maxRatio highest inflated/compressed ratio for an entry larger than {@code ratioFromBytes}
 * @param ratioFromBytes inflated size from which the ratio is enforced
 * @param maxTemplateBytes largest template file accepted
 */
public record PreflightLimits(
        int maxEntries,
        long maxEntryBytes,
        long maxTotalBytes,
        int maxRatio,
        long ratioFromBytes,
        long maxTemplateBytes) {

    private static final long MIB = 1024L * 1024L;

    /** ≤ 1000 entries, ≤ 20 MiB per entry, ≤ 50 MiB in total, ratio ≤ 200 above 1 MiB, file ≤ 20 MiB. */
    public static final PreflightLimits DEFAULT = new PreflightLimits(1000, 20 * MIB, 50 * MIB, 200, MIB, 20 * MIB);

    public PreflightLimits {
        if (maxEntries < 1
                || maxEntryBytes < 1
                || maxTotalBytes < 1
                || maxRatio < 1
                || ratioFromBytes < 0
                || maxTemplateBytes < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }
}
