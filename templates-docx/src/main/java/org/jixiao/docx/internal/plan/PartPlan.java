// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.plan;

/**
 * The compiled plan of one templated part (document, header or footer).
 *
 * @param relIdPrefix what the ids of relationships a render adds to the part start with: no
 *     relationship of the template's own starts with it
 */
public record PartPlan(String name, Node[] nodes, String relIdPrefix) {
    /** The prefix used unless the template's relationships already use it. */
    public static final String REL_ID_PREFIX = "rIdJx";

    public PartPlan(String name, Node[] nodes) {
        this(name, nodes, REL_ID_PREFIX);
    }

    public PartPlan withRelIdPrefix(String prefix) {
        return new PartPlan(name, nodes, prefix);
    }
}
