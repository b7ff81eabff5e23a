// SPDX-License-Identifier: Apache-2.0
package org.jixiao.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.jixiao.Lang;
import org.jixiao.outline.Attachment;
import org.jixiao.outline.Outline;
import org.jixiao.outline.OutlineSection;
import org.jixiao.outline.Outlines;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code jixiao outlines [ID]}: the outlines a report can name, one a line; with an id, that outline's
 * sections as numbered when nothing is left out, with their ids, whether required, and what fills them.
 */
@Command(name = "outlines", abbreviateSynopsis = true)
final class OutlinesCommand implements Callable<Integer> {

    @Mixin
    HelpOption help;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ID", arity = "0..1", descriptionKey = "id")
    String id;

    @Mixin
    OutlineOption outline = new OutlineOption();

    @Override
    public Integer call() {
        JixiaoCommand root = JixiaoCommand.of(spec);
        Lang lang = root.lang();
        Outlines outlines = outline.outlines(lang);
        PrintWriter out = root.terminal().out();
        if (id == null) {
            List<Outline> all = outlines.all();
            int width = all.stream().mapToInt(o -> o.id().length()).max().orElse(0);
            for (Outline o : all) {
                String mark = o.id().equals(Outlines.DEFAULT_ID) ? Message.OUTLINE_DEFAULT.format(lang) : "";
                out.println(pad(o.id(), width) + "  " + o.name() + mark);
            }
            return ExitCode.OK;
        }
        Outline o = outlines.find(id)
                .orElseThrow(() -> new Failure(
                        ExitCode.UNREADABLE,
                        Message.OUTLINE_UNKNOWN.format(
                                lang,
                                id,
                                outlines.all().stream().map(Outline::id).collect(Collectors.joining(" ")))));
        out.println(o.name() + "  (" + o.id() + ")");
        out.println(Message.OUTLINE_SOURCE.format(lang, o.source()));
        out.println(Message.OUTLINE_TITLE.format(lang, o.title()));
        if (!o.cover().isEmpty()) {
            out.println(Message.OUTLINE_COVER.format(
                    lang,
                    o.cover().stream()
                            .map(c -> lang == Lang.EN ? c.labelEn() : c.labelZh())
                            .collect(Collectors.joining(lang == Lang.EN ? ", " : "、"))));
        }
        sections(out, o, o.sections(), 1, "", lang);
        if (!o.attachments().isEmpty()) {
            out.println(Message.OUTLINE_ATTACHMENTS.format(
                    lang, o.attachments().stream().map(Attachment::title).collect(Collectors.joining("、"))));
        }
        return ExitCode.OK;
    }

    private static void sections(
            PrintWriter out, Outline o, List<OutlineSection> sections, int level, String indent, Lang lang) {
        for (int i = 0; i < sections.size(); i++) {
            OutlineSection s = sections.get(i);
            String fills = s.content().stream()
                    .map(c -> lang == Lang.EN ? c.labelEn() : c.labelZh())
                    .collect(Collectors.joining(lang == Lang.EN ? ", " : "、"));
            String required =
                    s.isRequired() ? Message.OUTLINE_REQUIRED.format(lang) : Message.OUTLINE_OPTIONAL.format(lang);
            out.println(indent + o.numberingStyle(level).format(i + 1) + s.heading() + "  [" + s.id() + "] " + required
                    + (fills.isEmpty() ? "" : (lang == Lang.EN ? ": " : "：") + fills));
            sections(out, o, s.sections(), level + 1, indent + "  ", lang);
        }
    }

    private static String pad(String s, int width) {
        return s + " ".repeat(width - s.length());
    }
}
