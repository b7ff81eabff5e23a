// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.preflight;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jixiao.validation.Problem;

/**
 * Reads a ZIP from memory with hard caps: entries, inflated bytes per entry and
 * in total, compression ratio, file size; every entry's bytes are kept (at most the total cap). Inflation stops as soon as a cap is passed, so a bomb
 * costs at most about one cap of work. Never throws; problems come back as values. Walks the local
 * headers with {@link ZipInputStream}, as docx4j does, and compares them with the central directory.
 */
public final class BoundedZipReader {
    private static final int CHUNK = 8192;

    private final PreflightLimits limits;
    private final List<ZipPart> parts = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, String> seen = new HashMap<>();
    private long total;

    private BoundedZipReader(PreflightLimits limits) {
        this.limits = limits;
    }

    /** Reads {@code zip} under {@code limits}; a null array counts as "not a ZIP". */
    public static ZipScan read(byte[] zip, PreflightLimits limits) {
        return new BoundedZipReader(limits).scan(zip == null ? new byte[0] : zip);
    }

    private ZipScan scan(byte[] zip) {
        if (zip.length > limits.maxTemplateBytes()) {
            problems.add(ZipProblems.fileTooLarge(zip.length, limits));
            return done(false);
        }
        if (!looksLikeZip(zip)) {
            problems.add(ZipProblems.notAZip(zip));
            return done(false);
        }
        Optional<List<CentralDirectory.Entry>> directory = CentralDirectory.read(zip, limits.maxEntries());
        directory.ifPresent(d -> d.stream()
                .filter(CentralDirectory.Entry::encrypted)
                .forEach(e -> problems.add(ZipProblems.encrypted(e.name()))));
        boolean complete = walk(
                zip, directory.isPresent() && directory.get().stream().anyMatch(CentralDirectory.Entry::encrypted));
        if (complete && directory.isPresent()) {
            compare(directory.get());
        }
        return done(complete);
    }

    private boolean walk(byte[] zip, boolean encryptionReported) {
        CountingStream raw = new CountingStream(new ByteArrayInputStream(zip));
        byte[] buf = new byte[CHUNK];
        try (ZipInputStream in = new ZipInputStream(raw)) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                int index = parts.size() + 1;
                if (index > limits.maxEntries()) {
                    problems.add(ZipProblems.tooManyEntries(limits));
                    return false;
                }
                String name = e.getName();
                Problem bad = EntryNames.check(name, index);
                if (bad != null) {
                    problems.add(bad);
                }
                String first = seen.putIfAbsent(EntryNames.key(name), name);
                if (first != null) {
                    problems.add(ZipProblems.duplicate(name, first, index));
                }
                if (!entry(in, raw, name, index, buf)) {
                    return false;
                }
            }
            return true;
        } catch (IOException | RuntimeException ex) {
            // ZipException, bad UTF-8 names (IllegalArgumentException), truncated data...
            if (!encryptionReported) {
                problems.add(ZipProblems.corrupt(parts.size() + 1));
            }
            return false;
        }
    }

    /** Inflates one entry under the caps; false when a cap stopped the whole scan. */
    private boolean entry(ZipInputStream in, CountingStream raw, String name, int index, byte[] buf)
            throws IOException {
        long start = raw.count();
        long size = 0;
        // A part named as XML is kept whatever its bytes: Word and docx4j parse it by its name.
        boolean xmlByName = EntryNames.isXmlName(name);
        XmlSniffer sniffer = new XmlSniffer();
        ByteArrayOutputStream kept = new ByteArrayOutputStream();
        int n;
        while ((n = in.read(buf)) > 0) {
            size += n;
            total += n;
            if (size > limits.maxEntryBytes()) {
                problems.add(ZipProblems.entryTooLarge(name, index, limits));
                return false;
            }
            if (total > limits.maxTotalBytes()) {
                problems.add(ZipProblems.totalTooLarge(name, index, limits));
                return false;
            }
            if (size > limits.ratioFromBytes()) {
                // Counted compressed bytes include the stream's read-ahead: errs towards accepting.
                long compressed = Math.max(1, raw.count() - start);
                if (size / compressed > limits.maxRatio()) {
                    problems.add(ZipProblems.ratio(name, index, size, compressed, limits));
                    return false;
                }
            }
            kept.write(buf, 0, n);
            if (sniffer.undecided()) {
                sniffer.feed(buf, n);
            }
        }
        parts.add(new ZipPart(index, name, kept.toByteArray(), xmlByName || sniffer.isXml()));
        return true;
    }

    private void compare(List<CentralDirectory.Entry> directory) {
        List<String> local = parts.stream().map(ZipPart::name).sorted().toList();
        List<String> central =
                directory.stream().map(CentralDirectory.Entry::name).sorted().toList();
        if (!local.equals(central)) {
            problems.add(ZipProblems.inconsistent(local.size(), central.size()));
        }
    }

    private ZipScan done(boolean complete) {
        return new ZipScan(parts, problems, complete);
    }

    private static boolean looksLikeZip(byte[] b) {
        return b.length >= 4 && b[0] == 'P' && b[1] == 'K' && (b[2] == 3 && b[3] == 4 || b[2] == 5 && b[3] == 6);
    }

    /** Counts bytes taken from the underlying array (the compressed side). */
    private static final class CountingStream extends FilterInputStream {
        private long count;

        CountingStream(InputStream in) {
            super(in);
        }

        long count() {
            return count;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long s = super.skip(n);
            count += s;
            return s;
        }
    }
}
