package org.virtualcampus.platform.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.util.List;

/**
 * Writes a simple report as a PDF (OpenPDF): a heading, lines of figures, then one table per
 * section. It knows nothing of the domain: callers pass the rows, so the feedback portfolio, the
 * cohort summary and certificates share one writer.
 */
public final class TablePdf {
  private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
  private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12);
  private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 10);

  private TablePdf() {}

  /** A titled table: a header row and body rows of the same width. */
  public record Section(String heading, List<String> header, List<List<String>> rows) {}

  public static byte[] write(String title, List<String> lines, List<Section> sections) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4, 40, 40, 40, 40);
    try {
      PdfWriter.getInstance(document, out);
      document.addTitle(title);
      document.open();
      document.add(new Paragraph(title, TITLE));
      for (String line : lines) {
        document.add(new Paragraph(line, BODY));
      }
      for (Section section : sections) {
        Paragraph heading = new Paragraph(section.heading(), HEADING);
        heading.setSpacingBefore(12);
        heading.setSpacingAfter(6);
        document.add(heading);
        PdfPTable table = new PdfPTable(section.header().size());
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        section.header().forEach(h -> table.addCell(new Paragraph(h, HEADING)));
        for (List<String> row : section.rows()) {
          row.forEach(cell -> table.addCell(new Paragraph(cell == null ? "" : cell, BODY)));
        }
        table.setHorizontalAlignment(Element.ALIGN_LEFT);
        document.add(table);
      }
    } catch (DocumentException e) {
      throw new IllegalStateException("could not write the PDF", e);
    } finally {
      document.close();
    }
    return out.toByteArray();
  }
}
