// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.preflight;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.jixiao.docx.internal.plan.TemplateProblems;
import org.jixiao.validation.Problem;

/**
 * An {@code attachedTemplate} on the author's own disk: Word and WPS record {@code Normal.dotm} or
 * {@code file:///C:\…\公文.dotx} when a document is saved, and LibreOffice drops it on save. Such a
 * template is accepted with a warning and left out of the output; any other target (http, a share,
 * {@code file://host/…}) stays refused as template injection.
 */
final class LocalTemplate {
    private LocalTemplate() {}

    /**
     * Whether {@code target}, percent-decoded, is a local file: a drive path ({@code C:\…}, {@code C:/…}),
     * a {@code file:} URI without a host ({@code file:///C:\…}, {@code file:///home/…},
     * {@code file://localhost/…}), or a relative name without a scheme or a root ({@code Normal.dotm}).
     */
    static boolean isLocal(String target) {
        String t = percentDecoded(target.strip());
        if (t.isEmpty()) {
            return false;
        }
        if (t.regionMatches(/* ignoreCase= */ true, 0, "file:", 0, 5)) {
            String rest = t.substring(5);
            if (rest.regionMatches(true, 0, "//localhost/", 0, 12)) {
                rest = rest.substring("//localhost".length());
            } else if (rest.startsWith("//")) {
                rest = rest.substring(2);
                if (!rest.startsWith("/")) {
                    return false; // file://host/…: a share
                }
            }
            if (isDrivePath(rest)) {
                return true;
            }
            // An absolute path on this machine, but not //server or /\\server (a share).
            return rest.startsWith("/") && !(rest.startsWith("//") || rest.startsWith("/\\"));
        }
        if (isDrivePath(t)) {
            return true;
        }
        return !t.startsWith("/") && !t.startsWith("\\") && t.indexOf(':') < 0;
    }

    /** {@code C:\…}, {@code C:/…}, {@code C|/…}, or the same after one leading slash. */
    private static boolean isDrivePath(String s) {
        String p = s.startsWith("/") ? s.substring(1) : s;
        return p.length() >= 3
                && (p.charAt(0) >= 'A' && p.charAt(0) <= 'Z' || p.charAt(0) >= 'a' && p.charAt(0) <= 'z')
                && (p.charAt(1) == ':' || p.charAt(1) == '|')
                && (p.charAt(2) == '\\' || p.charAt(2) == '/');
    }

    /** {@code %XX} sequences decoded as UTF-8 bytes; anything else as it is. */
    private static String percentDecoded(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int hi = i + 2 < s.length() ? Character.digit(s.charAt(i + 1), 16) : -1;
            int lo = i + 2 < s.length() ? Character.digit(s.charAt(i + 2), 16) : -1;
            if (c == '%' && hi >= 0 && lo >= 0) {
                b.write(hi << 4 | lo);
                i += 2;
            } else {
                b.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        return b.toString(StandardCharsets.UTF_8);
    }

    /** The warning for a local template left out of the output. */
    static Problem dropped(String part, String location, String target) {
        String shown = target.length() > 200 ? target.substring(0, 200) + "…" : target;
        String code = "template.attached-template.dropped";
        return TemplateProblems.warning(code, code, part, location, "attachedTemplate → " + shown, shown);
    }
}
