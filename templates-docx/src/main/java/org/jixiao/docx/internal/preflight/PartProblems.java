// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.preflight;

import org.jixiao.Lang;
import org.jixiao.docx.internal.plan.TemplateProblems;
import org.jixiao.docx.internal.xml.XmlEncodingException;
import org.jixiao.docx.internal.xml.XmlReadException;
import org.jixiao.internal.message.Catalogue;
import org.jixiao.validation.Problem;

/** Problems with a package part's XML or presence, shared by the pre-flight and {@code DocxText}. */
public final class PartProblems {
    private PartProblems() {}

    /** The problem for a part {@link org.jixiao.docx.internal.tree.TreeReader} or the StAX walk refused. */
    public static Problem of(String part, XmlReadException e) {
        return switch (e.kind()) {
            case DOCTYPE -> doctype(part, e.where());
            case TOO_DEEP -> TemplateProblems.error(
                    "template.xml.too-deep", "template.xml.too-deep", part, e.where(), "");
            case ENCODING -> encoding(part, (XmlEncodingException) e.getCause());
            case MALFORMED -> TemplateProblems.error(
                    "template.xml.malformed", "template.xml.malformed", part, e.where(), "");
        };
    }

    /** An XML part in an encoding Word does not read it in: only UTF-8 and UTF-16 with a byte-order mark are. */
    public static Problem encoding(String part, XmlEncodingException e) {
        Catalogue.Worded found = TemplateProblems.term(e.key(), e.args());
        return TemplateProblems.error(
                "template.xml.encoding", "template.xml.encoding", part, "", found.in(Lang.EN), found);
    }

    /** A {@code <!DOCTYPE} in a part: XXE and entity-expansion risk, never written by Word. */
    public static Problem doctype(String part, String where) {
        return TemplateProblems.error("template.doctype", "template.doctype", part, where, "<!DOCTYPE");
    }

    /**
     * The package has no main document: {@code part} is {@code _rels/.rels} naming none ({@code root}
     * empty), or the part it names, whose root element {@code root} is not {@code w:document}.
     */
    public static Problem noMainDocument(String part, String root) {
        String code = "template.package.no-main-document";
        return TemplateProblems.error(code, root.isEmpty() ? code : code + ".root", part, "", "", root);
    }

    /** A required part is missing. */
    public static Problem missing(String part) {
        String code = "template.package.missing-part";
        return TemplateProblems.error(code, code, part, "", "", part);
    }
}
