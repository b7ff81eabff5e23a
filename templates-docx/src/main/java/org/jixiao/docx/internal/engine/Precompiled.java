// SPDX-License-Identifier: Apache-2.0
package org.jixiao.docx.internal.engine;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Objects;
import java.util.function.Function;
import org.jixiao.docx.DocxTemplate;

/**
 * Templates compiled ahead of time, for the module that ships them (report-docx, its official templates
 * compiled at build time): a {@link DocxTemplate} from its .docx and its plan ({@link PlanCodec}). Lives in
 * the engine so that {@link DocxTemplate}'s constructor stays private: {@code DocxTemplate} hands this class
 * its factory when it is initialised, as the JDK's {@code SharedSecrets} do.
 */
public final class Precompiled {
    private static volatile Function<Compiled, DocxTemplate> factory;

    private Precompiled() {}

    /** Called once, by {@code DocxTemplate}'s static initialiser. */
    public static void factory(Function<Compiled, DocxTemplate> of) {
        factory = Objects.requireNonNull(of, "of");
    }

    /** A template compiled earlier, with the default limits. */
    public static DocxTemplate of(Compiled compiled) {
        Objects.requireNonNull(compiled, "compiled");
        if (factory == null) {
            try {
                // initialising DocxTemplate registers its factory
                Class.forName(DocxTemplate.class.getName(), true, DocxTemplate.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        return factory.apply(compiled);
    }

    /**
     * The template {@code docx}, decoded from {@code plan} when the plan was compiled from exactly these
     * bytes, else compiled from them (a missing, stale or damaged plan; {@code plan} may be null).
     */
    public static DocxTemplate load(byte[] docx, byte[] plan) {
        if (plan != null) {
            try {
                if (PlanCodec.header(plan).equals(PlanCodec.headerOf(docx))) {
                    return of(PlanCodec.read(plan));
                }
            } catch (IOException e) {
                // not a plan this version can read: compile instead
            }
        }
        return DocxTemplate.compile(new ByteArrayInputStream(docx));
    }
}
