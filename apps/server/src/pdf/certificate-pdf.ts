import {
  type CompletionCertificate,
  certificateKindLabels,
} from "@throughline/domain/completion-certificate";
import { BOLD, FONT, newPdf, type PdfOptions, pdfBytes, printable } from "./pdf-document.ts";
import { formatPdfDay, formatPdfDays, formatPdfHours } from "./pdf-text-format.ts";
import { verificationLine } from "./verification.ts";

/*
 * A certificate of completion on one landscape page: who (name, district), what was completed,
 * its dates and PD hours, and the line to verify it by.
 */

export function certificatePdf(
  certificate: CompletionCertificate,
  issued: { name: string; district: string; issuedOn: string; reference: string },
  options: PdfOptions = {},
): Promise<Buffer> {
  const name = printable(issued.name);
  const district = printable(issued.district);
  const doc = newPdf(`Certificate: ${printable(certificate.title)}`, district, {
    ...options,
    layout: "landscape",
  });
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  const text = (value: string, size: number, font = FONT, gap = 0.6) => {
    doc.font(font).fontSize(size).text(value, { width, align: "center" });
    doc.moveDown(gap);
  };
  doc
    .rect(30, 30, doc.page.width - 60, doc.page.height - 60)
    .lineWidth(2)
    .stroke();
  doc.y = 90;
  text("Certificate of Completion", 28, BOLD, 1);
  text("This certifies that", 13);
  text(name, 24, BOLD);
  text(`of ${district}`, 13, FONT, 1);
  text(`completed the ${certificateKindLabels[certificate.kind].toLowerCase()}`, 13);
  text(printable(certificate.title), 18, BOLD, 1);
  text(
    certificate.startedOn === certificate.completedOn
      ? `Completed on ${formatPdfDay(certificate.completedOn)}`
      : `From ${formatPdfDays(certificate.startedOn, certificate.completedOn)}`,
    13,
  );
  text(`Professional development hours: ${formatPdfHours(certificate.hours)}`, 13, BOLD, 2);
  text(verificationLine({ district, issuedOn: issued.issuedOn, reference: issued.reference }), 9);
  return pdfBytes(doc);
}
