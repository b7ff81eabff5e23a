// SPDX-License-Identifier: Apache-2.0
package org.jixiao.cli;

import org.jixiao.Lang;

/**
 * What is needed before picocli parses: {@code --lang} picks the language of the help and of usage
 * errors, {@code --debug} the logging, and the command with whether it names {@code --template}
 * decides what to {@linkplain Preload preload}. Read the way picocli reads them, up to {@code --}. This
 * second reading of the arguments is what lets the preload start before picocli builds its model; it
 * loads no picocli class.
 *
 * @param command the first argument that is neither an option nor the value of {@code --lang};
 *     empty when there is none
 */
record EarlyOptions(Lang lang, boolean debug, String command, boolean customTemplate) {

    static EarlyOptions scan(String[] args) {
        Lang lang = Lang.ZH;
        boolean debug = false;
        String command = "";
        boolean customTemplate = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--")) {
                break;
            } else if (!a.startsWith("-") && command.isEmpty()) {
                command = a;
            } else if (a.equals("--template") || a.startsWith("--template=")) {
                customTemplate = true;
            } else if (a.equals("--debug")) {
                debug = true;
            } else if (a.equals("--lang") && i + 1 < args.length) {
                lang = LangConverter.parse(args[++i]).orElse(lang);
            } else if (a.startsWith("--lang=")) {
                lang = LangConverter.parse(a.substring("--lang=".length())).orElse(lang);
            }
        }
        return new EarlyOptions(lang, debug, command, customTemplate);
    }
}
