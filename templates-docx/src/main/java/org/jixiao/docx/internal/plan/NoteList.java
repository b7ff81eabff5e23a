// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.plan;

/**
 * In a footnotes or endnotes part, where the notes rendered for the references written so far go,
 * in reference order. Notes whose references were all left out (a hidden section, an empty loop)
 * are left out too.
 */
public record NoteList(boolean endnote) implements Node {}
