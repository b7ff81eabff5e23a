// SPDX-License-Identifier: Apache-2.0
/** Test-scope helper: every XML part of a .docx against the ISO/IEC 29500 transitional schemas, JDK only. */
module org.jixiao.testing {
    requires java.xml;

    exports org.jixiao.testing;
}
