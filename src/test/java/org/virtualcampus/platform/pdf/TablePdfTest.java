package org.virtualcampus.platform.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The portfolio PDF holds its heading, figures and every table cell, read back with PDFBox. */
class TablePdfTest {
  @Test
  void everyCellIsInTheDocument() throws Exception {
    byte[] pdf =
        TablePdf.write(
            "Feedback portfolio of Ana",
            List.of("Rounds: 1"),
            List.of(
                new TablePdf.Section(
                    "Rounds as giver",
                    List.of("Session", "Round"),
                    List.of(List.of("Practice 1", "1"), List.of("Práctica 2", "2")))));
    try (PDDocument document = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(document);
      assertThat(text).contains("Feedback portfolio of Ana", "Rounds: 1", "Session", "Practice 1");
      assertThat(text).contains("Práctica 2");
    }
  }
}
