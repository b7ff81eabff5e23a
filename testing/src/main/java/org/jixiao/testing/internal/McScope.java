// SPDX-License-Identifier: Apache-2.0
package org.jixiao.testing.internal;

import java.util.HashSet;
import java.util.Set;
import org.xml.sax.Attributes;

/**
 * The markup-compatibility declarations in force for an element's attributes and children: its
 * ancestors' {@code mc:Ignorable} and {@code mc:ProcessContent} plus its own. Immutable.
 *
 * @param ignorable namespaces whose markup is dropped unless understood
 * @param processContent elements whose children are kept when they are dropped, as {@code {uri}local}
 *     or {@code {uri}*}
 */
record McScope(Set<String> ignorable, Set<String> processContent) {
    static final McScope NONE = new McScope(Set.of(), Set.of());

    /** Receives a problem with a declaration. */
    interface Problems {
        void add(String message);
    }

    /**
     * This scope with the declarations of an element with attributes {@code atts} added; an
     * {@code mc:MustUnderstand} naming a namespace outside {@code understood} is reported.
     */
    McScope with(Attributes atts, Prefixes prefixes, Set<String> understood, Problems problems) {
        String ign = atts.getValue(Compatibility.MC, "Ignorable");
        String pc = atts.getValue(Compatibility.MC, "ProcessContent");
        String mu = atts.getValue(Compatibility.MC, "MustUnderstand");
        Set<String> ownIgnorable = ignorable;
        if (ign != null) {
            ownIgnorable = new HashSet<>(ignorable);
            for (String p : tokens(ign)) {
                String u = namespace(p, "Ignorable", prefixes, problems);
                if (u != null) {
                    ownIgnorable.add(u);
                }
            }
        }
        Set<String> ownProcess = processContent;
        if (pc != null) {
            ownProcess = new HashSet<>(processContent);
            for (String q : tokens(pc)) {
                int colon = q.indexOf(':');
                String u = colon < 0 ? null : namespace(q.substring(0, colon), "ProcessContent", prefixes, problems);
                if (u != null) {
                    ownProcess.add("{" + u + "}" + q.substring(colon + 1));
                }
            }
        }
        if (mu != null) {
            for (String p : tokens(mu)) {
                String u = namespace(p, "MustUnderstand", prefixes, problems);
                if (u != null && !understood.contains(u)) {
                    problems.add("mc:MustUnderstand lists " + p + " (" + u + "), which ISO/IEC 29500 does not define:"
                            + " a consumer that does not know it must refuse the document");
                }
            }
        }
        return ignorable == ownIgnorable && processContent == ownProcess ? this : new McScope(ownIgnorable, ownProcess);
    }

    /** Whether markup of namespace {@code uri} is dropped here. */
    boolean drops(String uri, Set<String> understood) {
        return ignorable.contains(uri) && !understood.contains(uri);
    }

    /** Whether the children of a dropped element {@code {uri}local} are kept. */
    boolean processesContentOf(String uri, String local) {
        return processContent.contains("{" + uri + "}" + local) || processContent.contains("{" + uri + "}*");
    }

    /** Whether every prefix of a Choice's {@code requires} (null when absent) names an understood namespace. */
    static boolean requiresOnly(String requires, Prefixes prefixes, Set<String> understood) {
        if (requires == null) {
            return false;
        }
        for (String p : tokens(requires)) {
            String u = prefixes.uri(p);
            if (u == null || !understood.contains(u)) {
                return false;
            }
        }
        return true;
    }

    private static String namespace(String prefix, String attribute, Prefixes prefixes, Problems problems) {
        String u = prefixes.uri(prefix);
        if (u == null) {
            problems.add("mc:" + attribute + " lists the prefix " + prefix + ", which is not declared");
        }
        return u;
    }

    /** The whitespace-separated items of an mc attribute. */
    static String[] tokens(String s) {
        String t = s.strip();
        return t.isEmpty() ? new String[0] : t.split("\\s+");
    }
}
