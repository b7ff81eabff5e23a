// SPDX-License-Identifier: Apache-2.0
package org.jixiao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Page images are named after the .docx, padded so they sort; an earlier run's leftovers go, nothing else. */
class PageImagesTest {
    @TempDir
    Path dir;

    @Test
    void pagesArePaddedToTwoDigitsAndToThreeFromAHundredPagesOn() {
        assertEquals("r-01.png", PageImages.pageName("r", 1, 1));
        assertEquals("r-25.png", PageImages.pageName("r", 25, 33));
        assertEquals("r-007.png", PageImages.pageName("r", 7, 120));
        assertEquals("potou-2022", PageImages.baseName(Path.of("out", "potou-2022.DOCX")));
        assertEquals("report.doc", PageImages.baseName(Path.of("report.doc")));
    }

    @Test
    void pdftoppmsPagesAreTakenInPageOrder() throws IOException {
        for (String name : List.of("page-10.png", "page-9.png", "page-1.png", "page.log", "other-2.png")) {
            Files.createFile(dir.resolve(name));
        }
        assertEquals(
                List.of(dir.resolve("page-1.png"), dir.resolve("page-9.png"), dir.resolve("page-10.png")),
                PageImages.pages(dir, "page"));
    }

    @Test
    void anEarlierLongerRunsPagesAreDeletedButNotLookalikesAfterAGap() throws IOException {
        for (String name : List.of(
                "r-01.png",
                "r-02.png",
                "r-03.png",
                "r-04.png",
                "r-005.png",
                "r-002.png",
                "r-2022.png",
                "r-notes.png",
                "s-04.png")) {
            Files.createFile(dir.resolve(name));
        }
        PageImages.deleteLeftovers(dir.resolve("r.docx"), "r", 2);
        assertEquals(List.of("r-01.png", "r-02.png", "r-2022.png", "r-notes.png", "s-04.png"), names());
    }

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
