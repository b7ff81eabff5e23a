package org.jixiao.docx; class Placeholder {}
