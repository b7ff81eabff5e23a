// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.plan;

/**
 * The {@code w:id} of a {@code w:footnoteReference} or {@code w:endnoteReference} to note {@code id}
 * of the template. The first reference rendered keeps the id; each further one (a reference repeated
 * by a loop) gets a fresh id and a copy of the note rendered with its own data, so every reference
 * has a note of its own, as when a paragraph with a footnote is copied in Word.
 *
 * @param note the note referred to; null only while compiling, before the notes part is compiled
 */
public record NoteRef(boolean endnote, int id, Note note) implements Node {}
