// SPDX-License-Identifier: Apache-2.0
package org.jixiao.cli;

import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Library logging (Hibernate Validator's start-up line, through jboss-logging) ends in
 * java.util.logging; the command line prints its own messages, so that is silent unless
 * {@code --debug}.
 */
final class Logging {
    private Logging() {}

    static void configure(boolean debug) {
        Level level = debug ? Level.INFO : Level.OFF;
        Logger root = Logger.getLogger("");
        root.setLevel(level);
        for (Handler handler : root.getHandlers()) {
            handler.setLevel(level);
        }
    }
}
