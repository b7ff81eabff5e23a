// SPDX-License-Identifier: Apache-2.0
package org.jixiao.spring.autoconfigure;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jixiao.Lang;
import org.jixiao.outline.InvalidOutlineException;
import org.jixiao.outline.Outline;
import org.jixiao.outline.Outlines;
import org.jixiao.spring.internal.StarterMessages;
import org.jixiao.validation.Problem;
import org.jixiao.validation.Severity;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;

/** Reads the outline files that {@code jixiao.outlines} names. */
final class OutlineFiles {
    private OutlineFiles() {}

    /**
     * {@code base} plus the outline in each file that {@code locations} match (resource locations or
     * patterns, read in order; the files of one pattern in the order of their names).
     *
     * @throws InvalidOutlineException naming the file: one that is not a usable outline
     *     ({@code outline.malformed}, {@code outline.invalid}), a location that matches no file
     *     ({@code outline.not-found}), two files with the same id ({@code outline.duplicate-id})
     * @throws UncheckedIOException when a file cannot be read
     */
    static Outlines load(Outlines base, List<String> locations, ResourcePatternResolver resolver) {
        Outlines outlines = base;
        Map<String, String> fileById = new HashMap<>();
        for (int i = 0; i < locations.size(); i++) {
            String location = Objects.requireNonNull(locations.get(i), "location");
            List<Resource> files = files(resolver, location);
            if (files.isEmpty()) {
                throw new InvalidOutlineException(Problem.of(
                        Severity.ERROR,
                        "outline.not-found",
                        "",
                        location,
                        StarterMessages.format("outline.not-found", Map.of("index", i, "location", location), Lang.ZH),
                        StarterMessages.format(
                                "outline.not-found", Map.of("index", i, "location", location), Lang.EN)));
            }
            for (Resource file : files) {
                Outline outline = read(file);
                String earlier = fileById.putIfAbsent(outline.id(), file.getDescription());
                if (earlier != null) {
                    Map<String, Object> duplicate =
                            Map.of("file", file.getDescription(), "earlier", earlier, "id", outline.id());
                    throw new InvalidOutlineException(Problem.of(
                            Severity.ERROR,
                            "outline.duplicate-id",
                            "/id",
                            outline.id(),
                            StarterMessages.format("outline.duplicate-id", duplicate, Lang.ZH),
                            StarterMessages.format("outline.duplicate-id", duplicate, Lang.EN)));
                }
                outlines = outlines.with(outline);
            }
        }
        return outlines;
    }

    private static List<Resource> files(ResourcePatternResolver resolver, String location) {
        try {
            return Arrays.stream(resolver.getResources(location))
                    .filter(Resource::exists)
                    .sorted(Comparator.comparing((Resource r) -> String.valueOf(r.getFilename()))
                            .thenComparing(Resource::getDescription))
                    .toList();
        } catch (FileNotFoundException e) {
            return List.of(); // a folder that does not exist (classpath:nowhere/*.json): nothing matches
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + location, e);
        }
    }

    private static Outline read(Resource file) {
        try (InputStream in = file.getInputStream()) {
            return Outlines.read(in);
        } catch (InvalidOutlineException e) {
            Problem p = e.problem();
            throw new InvalidOutlineException(new Problem(
                    p.severity(),
                    p.code(),
                    p.path(),
                    p.template(),
                    p.value(),
                    p.suggestion(),
                    StarterMessages.format(
                            "outline.in-file",
                            Map.of("file", file.getDescription(), "message", p.messageZh()),
                            Lang.ZH),
                    StarterMessages.format(
                            "outline.in-file",
                            Map.of("file", file.getDescription(), "message", p.messageEn()),
                            Lang.EN)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file.getDescription(), e);
        }
    }
}
