// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.engine;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import org.jixiao.docx.internal.plan.Cell;
import org.jixiao.docx.internal.plan.DocPrId;
import org.jixiao.docx.internal.plan.Hyperlink;
import org.jixiao.docx.internal.plan.ListPara;
import org.jixiao.docx.internal.plan.Lit;
import org.jixiao.docx.internal.plan.Loc;
import org.jixiao.docx.internal.plan.MergeCell;
import org.jixiao.docx.internal.plan.Node;
import org.jixiao.docx.internal.plan.Note;
import org.jixiao.docx.internal.plan.NoteList;
import org.jixiao.docx.internal.plan.NoteRef;
import org.jixiao.docx.internal.plan.Num;
import org.jixiao.docx.internal.plan.Para;
import org.jixiao.docx.internal.plan.PartPlan;
import org.jixiao.docx.internal.plan.Path;
import org.jixiao.docx.internal.plan.Picture;
import org.jixiao.docx.internal.plan.Row;
import org.jixiao.docx.internal.plan.Section;
import org.jixiao.docx.internal.plan.SectionKind;
import org.jixiao.docx.internal.plan.Table;
import org.jixiao.docx.internal.plan.Tags;
import org.jixiao.docx.internal.plan.Value;
import org.jixiao.docx.internal.zip.Deflated;
import org.jixiao.format.NumberingStyle;
import org.jixiao.format.TextFormat;

/**
 * A compiled template as bytes, so that a template compiled when jixiao is built (the official
 * ones) renders without docx4j, JAXB or an XML parser at run time.
 *
 * <p>Contract: {@code read(write(c))} renders exactly what {@code c} renders, and {@code write} is
 * deterministic, so {@code write(read(b))} equals {@code b}. The bytes name the template they were
 * compiled from by its length and CRC-32 ({@link Header}), so a reader can refuse a plan that no
 * longer matches its .docx. Enums are stored by name. Input is trusted (built with jixiao and
 * shipped in its jar), yet a damaged or foreign plan is refused with an {@link IOException}, never
 * half read.
 */
public final class PlanCodec {
    /** Bumped whenever the plan's shape or this encoding changes. */
    static final int VERSION = 3;

    private static final int MAGIC = 0x4A58504C; // "JXPL"

    private static final byte STATIC = 0;
    private static final byte TEMPLATED = 1;

    private static final byte LIT = 1;
    private static final byte VALUE = 2;
    private static final byte NUM = 3;
    private static final byte SECTION = 4;
    private static final byte PARA = 5;
    private static final byte LIST_PARA = 6;
    private static final byte CELL = 7;
    private static final byte MERGE_CELL = 8;
    private static final byte ROW = 9;
    private static final byte TABLE = 10;
    private static final byte DOC_PR_ID = 11;
    private static final byte NOTE_REF = 12;
    private static final byte NOTE_LIST = 13;
    private static final byte PICTURE = 14;
    private static final byte HYPERLINK = 15;

    /** The template a plan was compiled from: its length in bytes and CRC-32. */
    public record Header(int docxLength, int docxCrc32) {}

    /** The header naming {@code docx}. */
    public static Header headerOf(byte[] docx) {
        CRC32 crc = new CRC32();
        crc.update(docx);
        return new Header(docx.length, (int) crc.getValue());
    }

    private PlanCodec() {}

    /** Encodes {@code compiled}, compiled from a .docx described by {@code source}. */
    public static byte[] write(Compiled compiled, Header source) {
        if (!compiled.warnings().isEmpty()) {
            // A plan keeps no warnings, so a template that has any is compiled where it is used.
            throw new IllegalArgumentException("a template with warnings is not precompiled: " + compiled.warnings());
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256 * 1024);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(MAGIC);
            out.writeInt(VERSION);
            out.writeInt(source.docxLength());
            out.writeInt(source.docxCrc32());
            out.writeInt(compiled.parts().size());
            for (OutPart part : compiled.parts()) {
                writePart(out, part);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a ByteArrayOutputStream does not fail
        }
        return bytes.toByteArray();
    }

    /**
     * Reads the header only, to decide whether the plan still matches its template.
     *
     * @throws IOException if the bytes are not a plan of this version
     */
    public static Header header(byte[] plan) throws IOException {
        return header(new DataInputStream(new ByteArrayInputStream(plan)));
    }

    private static Header header(DataInputStream data) throws IOException {
        if (data.readInt() != MAGIC) {
            throw new IOException("not a jixiao template plan");
        }
        int version = data.readInt();
        if (version != VERSION) {
            throw new IOException("template plan version " + version + ", this jixiao reads " + VERSION);
        }
        return new Header(data.readInt(), data.readInt());
    }

    /**
     * Decodes a plan written by {@link #write}.
     *
     * @throws IOException if the bytes are not exactly one whole plan of this version
     */
    public static Compiled read(byte[] plan) throws IOException {
        DataInputStream data = new DataInputStream(new ByteArrayInputStream(plan));
        header(data);
        int count = count(data);
        List<OutPart> parts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            parts.add(readPart(data));
        }
        if (data.available() != 0) {
            throw new IOException("damaged template plan: " + data.available() + " bytes after its end");
        }
        return TemplateCompiler.assemble(parts, List.of());
    }

    private static void writePart(DataOutputStream out, OutPart part) throws IOException {
        writeString(out, part.name());
        if (part instanceof OutPart.Static s) {
            out.writeByte(STATIC);
            writeBytes(out, s.bytes().compressed());
            out.writeInt(s.bytes().crc32());
            out.writeLong(s.bytes().size());
        } else if (part instanceof OutPart.Templated t) {
            out.writeByte(TEMPLATED);
            writeString(out, t.plan().name());
            writeNodes(out, t.plan().nodes());
            writeString(out, t.plan().relIdPrefix());
        }
    }

    private static OutPart readPart(DataInputStream in) throws IOException {
        String name = readString(in);
        byte kind = in.readByte();
        switch (kind) {
            case STATIC -> {
                byte[] compressed = readBytes(in);
                int crc = in.readInt();
                long size = in.readLong();
                if (size < 0) {
                    throw new IOException("negative part size in template plan");
                }
                return new OutPart.Static(name, Deflated.ofCompressed(compressed, crc, size));
            }
            case TEMPLATED -> {
                PartPlan plan = new PartPlan(readString(in), readNodes(in), readString(in));
                return new OutPart.Templated(name, plan, TemplateCompiler.staticSize(plan.nodes()));
            }
            default -> throw new IOException("unknown part kind " + kind + " in template plan");
        }
    }

    private static void writeNodes(DataOutputStream out, Node[] nodes) throws IOException {
        out.writeInt(nodes.length);
        for (Node node : nodes) {
            writeNode(out, node);
        }
    }

    private static Node[] readNodes(DataInputStream in) throws IOException {
        Node[] nodes = new Node[count(in)];
        for (int i = 0; i < nodes.length; i++) {
            nodes[i] = readNode(in);
        }
        return nodes;
    }

    private static void writeNode(DataOutputStream out, Node node) throws IOException {
        if (node instanceof Lit l) {
            out.writeByte(LIT);
            writeBytes(out, l.bytes());
        } else if (node instanceof Value v) {
            out.writeByte(VALUE);
            writeValue(out, v);
        } else if (node instanceof Num n) {
            out.writeByte(NUM);
            writeString(out, n.style().name());
            writeTags(out, n.tags());
            writeLoc(out, n.loc());
        } else if (node instanceof Section s) {
            out.writeByte(SECTION);
            writeString(out, s.kind().name());
            writePath(out, s.path());
            writeNodes(out, s.body());
            out.writeInt(s.mergeColumns());
            writeLoc(out, s.loc());
        } else if (node instanceof Para p) {
            out.writeByte(PARA);
            writeNodes(out, p.body());
        } else if (node instanceof ListPara lp) {
            out.writeByte(LIST_PARA);
            writeBytes(out, lp.before());
            writeValue(out, lp.value());
            writeBytes(out, lp.after());
        } else if (node instanceof Cell c) {
            out.writeByte(CELL);
            writeBytes(out, c.open());
            writeNodes(out, c.body());
            writeBytes(out, c.fallback());
            writeBytes(out, c.close());
        } else if (node instanceof MergeCell m) {
            out.writeByte(MERGE_CELL);
            writeMergeCell(out, m);
        } else if (node instanceof Row r) {
            out.writeByte(ROW);
            writeNodes(out, r.body());
        } else if (node instanceof Table t) {
            out.writeByte(TABLE);
            writeNodes(out, t.body());
        } else if (node instanceof DocPrId) {
            out.writeByte(DOC_PR_ID);
        } else if (node instanceof NoteRef ref) {
            out.writeByte(NOTE_REF);
            out.writeBoolean(ref.endnote());
            out.writeInt(ref.id());
            Note note = ref.note();
            writeBytes(out, note.idOpen());
            writeBytes(out, note.idClose());
            writeNodes(out, note.body());
            writeBytes(out, note.fallback());
            writeBytes(out, note.close());
            out.writeInt(note.firstFreeId());
        } else if (node instanceof NoteList list) {
            out.writeByte(NOTE_LIST);
            out.writeBoolean(list.endnote());
        } else if (node instanceof Picture p) {
            out.writeByte(PICTURE);
            writePath(out, p.path());
            writeString(out, p.w());
            out.writeLong(p.maxWidthEmu());
            writeLoc(out, p.loc());
        } else if (node instanceof Hyperlink h) {
            out.writeByte(HYPERLINK);
            writePath(out, h.path());
            writeBytes(out, h.runClose());
            writeBytes(out, h.runOpen());
            writeString(out, h.w());
            writeTags(out, h.tags());
            writeLoc(out, h.loc());
        } else {
            throw new IllegalStateException("PlanCodec cannot encode " + node.getClass());
        }
    }

    private static Node readNode(DataInputStream in) throws IOException {
        byte tag = in.readByte();
        return switch (tag) {
            case LIT -> new Lit(readBytes(in));
            case VALUE -> readValue(in);
            case NUM -> new Num(readEnum(in, NumberingStyle.class), readTags(in), readLoc(in));
            case SECTION -> new Section(
                    readEnum(in, SectionKind.class), readPath(in), readNodes(in), in.readInt(), readLoc(in));
            case PARA -> new Para(readNodes(in));
            case LIST_PARA -> new ListPara(readBytes(in), readValue(in), readBytes(in));
            case CELL -> new Cell(readBytes(in), readNodes(in), readBytes(in), readBytes(in));
            case MERGE_CELL -> readMergeCell(in);
            case ROW -> new Row(readNodes(in));
            case TABLE -> new Table(readNodes(in));
            case DOC_PR_ID -> DocPrId.INSTANCE;
            case NOTE_REF -> new NoteRef(
                    in.readBoolean(),
                    in.readInt(),
                    new Note(readBytes(in), readBytes(in), readNodes(in), readBytes(in), readBytes(in), in.readInt()));
            case NOTE_LIST -> new NoteList(in.readBoolean());
            case PICTURE -> new Picture(readPath(in), readString(in), in.readLong(), readLoc(in));
            case HYPERLINK -> new Hyperlink(
                    readPath(in), readBytes(in), readBytes(in), readString(in), readTags(in), readLoc(in));
            default -> throw new IOException("unknown node kind " + tag + " in template plan");
        };
    }

    private static void writeMergeCell(DataOutputStream out, MergeCell m) throws IOException {
        writeBytes(out, m.open());
        writeBytes(out, m.tcPrHead());
        writeBytes(out, m.tcPrTail());
        writeBytes(out, m.restart());
        writeBytes(out, m.cont());
        writeNodes(out, m.body());
        writeBytes(out, m.emptyBody());
        writeBytes(out, m.close());
        out.writeInt(m.keys().length);
        for (Value key : m.keys()) {
            writeValue(out, key);
        }
        out.writeInt(m.column());
    }

    private static MergeCell readMergeCell(DataInputStream in) throws IOException {
        byte[] open = readBytes(in);
        byte[] tcPrHead = readBytes(in);
        byte[] tcPrTail = readBytes(in);
        byte[] restart = readBytes(in);
        byte[] cont = readBytes(in);
        Node[] body = readNodes(in);
        byte[] emptyBody = readBytes(in);
        byte[] close = readBytes(in);
        Value[] keys = new Value[count(in)];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = readValue(in);
        }
        return new MergeCell(open, tcPrHead, tcPrTail, restart, cont, body, emptyBody, close, keys, in.readInt());
    }

    private static void writeValue(DataOutputStream out, Value v) throws IOException {
        writePath(out, v.path());
        writeString(out, v.format() == null ? "" : v.format().name());
        writeString(out, v.style() == null ? "" : v.style().name());
        writeString(out, v.option());
        out.writeBoolean(v.merge());
        writeTags(out, v.tags());
        writeLoc(out, v.loc());
    }

    private static Value readValue(DataInputStream in) throws IOException {
        return new Value(
                readPath(in),
                readOptionalEnum(in, TextFormat.class),
                readOptionalEnum(in, NumberingStyle.class),
                readString(in),
                in.readBoolean(),
                readTags(in),
                readLoc(in));
    }

    private static void writePath(DataOutputStream out, Path path) throws IOException {
        writeString(out, path.text());
        out.writeInt(path.segments().size());
        for (String segment : path.segments()) {
            writeString(out, segment);
        }
    }

    private static Path readPath(DataInputStream in) throws IOException {
        String text = readString(in);
        int n = count(in);
        List<String> segments = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            segments.add(readString(in));
        }
        return new Path(text, segments);
    }

    private static void writeTags(DataOutputStream out, Tags tags) throws IOException {
        writeBytes(out, tags.textOpen());
        writeBytes(out, tags.textClose());
        writeBytes(out, tags.tab());
        writeBytes(out, tags.br());
    }

    private static Tags readTags(DataInputStream in) throws IOException {
        return new Tags(readBytes(in), readBytes(in), readBytes(in), readBytes(in));
    }

    private static void writeLoc(DataOutputStream out, Loc loc) throws IOException {
        writeString(out, loc.part());
        writeString(out, loc.location());
        writeString(out, loc.snippet());
    }

    private static Loc readLoc(DataInputStream in) throws IOException {
        return new Loc(readString(in), readString(in), readString(in));
    }

    private static <E extends Enum<E>> E readEnum(DataInputStream in, Class<E> type) throws IOException {
        E e = readOptionalEnum(in, type);
        if (e == null) {
            throw new IOException("missing " + type.getSimpleName() + " in template plan");
        }
        return e;
    }

    private static <E extends Enum<E>> E readOptionalEnum(DataInputStream in, Class<E> type) throws IOException {
        String name = readString(in);
        if (name.isEmpty()) {
            return null;
        }
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            throw new IOException("unknown " + type.getSimpleName() + " " + name + " in template plan", e);
        }
    }

    private static void writeString(DataOutputStream out, String s) throws IOException {
        writeBytes(out, s.getBytes(StandardCharsets.UTF_8));
    }

    private static String readString(DataInputStream in) throws IOException {
        return new String(readBytes(in), StandardCharsets.UTF_8);
    }

    private static void writeBytes(DataOutputStream out, byte[] bytes) throws IOException {
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static byte[] readBytes(DataInputStream in) throws IOException {
        byte[] bytes = new byte[count(in)];
        in.readFully(bytes);
        return bytes;
    }

    /**
     * A length or count: never negative, never more than the bytes left (every element takes at
     * least one), so damaged bytes cannot make a huge allocation.
     */
    private static int count(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > in.available()) {
            throw new IOException("damaged template plan: length " + n);
        }
        return n;
    }
}
