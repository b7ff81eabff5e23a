// SPDX-License-Identifier: Apache-2.0
package org.jixiao.cli;

import org.jixiao.Lang;

/**
 * The two global options needed before picocli parses: {@code --lang} picks the language of the
 * help and of usage errors, {@code --debug} the logging. Read the way picocli reads them, up to
 * {@code --}.
 */
record EarlyOptions(Lang lang, boolean debug) {

    static EarlyOptions scan(String[] args) {
        Lang lang = Lang.ZH;
        boolean debug = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--")) {
                break;
            } else if (a.equals("--debug")) {
                debug = true;
            } else if (a.equals("--lang") && i + 1 < args.length) {
                lang = LangConverter.parse(args[++i]).orElse(lang);
            } else if (a.startsWith("--lang=")) {
                lang = LangConverter.parse(a.substring("--lang=".length())).orElse(lang);
            }
        }
        return new EarlyOptions(lang, debug);
    }
}
