// SPDX-License-Identifier: Apache-2.0
package org.jixiao.testing.docx.internal;

import java.util.List;

/** A walked paragraph: its shown properties and its tokens. */
record Para(Props props, List<Token> tokens) {

    /** {@code [p props] text  {base}}: the line shown for a body paragraph. */
    String line() {
        Props base = InlineText.base(tokens);
        String text = InlineText.render(tokens, base);
        StringBuilder sb = new StringBuilder("[p");
        if (!props.isEmpty()) {
            sb.append(' ').append(props.render());
        }
        sb.append(']');
        if (!text.isEmpty()) {
            sb.append(' ').append(text);
            if (InlineText.endsBlank(text)) {
                sb.append('¶');
            }
        }
        if (!base.isEmpty()) {
            sb.append("  {").append(base.render()).append('}');
        }
        return sb.toString();
    }
}
