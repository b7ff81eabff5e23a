// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.render;

import java.util.Map;
import org.jixiao.docx.internal.plan.Path;
import org.jixiao.docx.internal.plan.Section;

/**
 * The data visible at a point of a render: the root map and the stack of enclosing loop items.
 * A path resolves against the innermost item that has its first name, then outward, then the root;
 * {@code .} is the innermost item itself. Not thread-safe: one per render.
 */
final class Scope {
    /** Marks a path that leads nowhere, as distinct from a present null. */
    static final Object MISSING = new Object();

    private final Map<String, ?> root;
    private final Object[] items;
    private final int[] indexes;
    private final Section[] sections;
    private final MergeState[] merges;
    private int depth;

    /** A scope for loops nested at most {@code maxLoops} deep. */
    Scope(Map<String, ?> root, int maxLoops) {
        this.root = root;
        items = new Object[maxLoops];
        indexes = new int[maxLoops];
        sections = new Section[maxLoops];
        merges = new MergeState[maxLoops];
    }

    /** Enters a loop; {@code merge} is its row-merge state or null. */
    void push(Section s, MergeState merge) {
        sections[depth] = s;
        merges[depth] = merge;
        depth++;
    }

    void item(Object item, int index) {
        items[depth - 1] = item;
        indexes[depth - 1] = index;
    }

    void pop() {
        depth--;
        items[depth] = null;
        sections[depth] = null;
        merges[depth] = null;
    }

    boolean full() {
        return depth == items.length;
    }

    /** The innermost loop being rendered, or null outside loops. */
    Section innermost() {
        return depth == 0 ? null : sections[depth - 1];
    }

    /** The data path of the innermost loop's current item, e.g. {@code goals[2].goals[0]}; {@code $} outside loops. */
    String describeItem() {
        return depth == 0 ? "$" : frame(depth - 1);
    }

    /** The 0-based index of the innermost loop's item; -1 outside loops. */
    int index() {
        return depth == 0 ? -1 : indexes[depth - 1];
    }

    MergeState merge() {
        return depth == 0 ? null : merges[depth - 1];
    }

    /** The value at {@code p}: {@link #MISSING}, null or the value. */
    Object get(Path p) {
        if (p.isItem()) {
            return depth == 0 ? MISSING : items[depth - 1];
        }
        Object v = MISSING;
        String first = p.first();
        for (int d = depth - 1; d >= 0 && v == MISSING; d--) {
            if (items[d] instanceof Map<?, ?> m) {
                v = entry(m, first);
            }
        }
        if (v == MISSING) {
            v = entry(root, first);
        }
        var segs = p.segments();
        for (int i = 1; i < segs.size() && v != MISSING; i++) {
            v = v instanceof Map<?, ?> m ? entry(m, segs.get(i)) : MISSING;
        }
        return v;
    }

    private static Object entry(Map<?, ?> m, String key) {
        Object v = m.get(key);
        return v != null || m.containsKey(key) ? v : MISSING;
    }

    /** The data path {@code p} stands for here, e.g. {@code projects[2].name}; for messages only. */
    String describe(Path p) {
        return describe(p, depth);
    }

    private String describe(Path p, int visible) {
        if (p.isItem()) {
            return visible == 0 ? "." : frame(visible - 1);
        }
        for (int d = visible - 1; d >= 0; d--) {
            if (items[d] instanceof Map<?, ?> m && m.containsKey(p.first())) {
                return frame(d) + "." + p.text();
            }
        }
        if (root.containsKey(p.first()) || visible == 0 || !(items[visible - 1] instanceof Map)) {
            return p.text();
        }
        // Found nowhere: most likely a field of the current item.
        return frame(visible - 1) + "." + p.text();
    }

    private String frame(int d) {
        return describe(sections[d].path(), d) + "[" + indexes[d] + "]";
    }
}
