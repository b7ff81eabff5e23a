// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.plan;

/**
 * A footnote or endnote of the template, rendered once per reference to it, with the data in scope
 * where the reference is, and written into the notes part by {@link NoteList}: the start tag is
 * {@code idOpen}, the note id, {@code idClose}; a body that renders no paragraph last gets
 * {@code fallback} before {@code close}, as a table cell does.
 *
 * @param firstFreeId the smallest id above every note id of its part: where ids for a note rendered
 *     more than once (its reference repeated by a loop) start
 */
public record Note(byte[] idOpen, byte[] idClose, Node[] body, byte[] fallback, byte[] close, int firstFreeId) {}
