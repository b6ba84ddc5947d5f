import { externalPdKindLabels } from "@throughline/domain/external-pd";
import {
  EXTERNAL_ACTIVITY_LABEL,
  type FullTranscript,
  type TranscriptLine,
} from "@throughline/domain/external-pd-transcript";
import { pdActivityKindLabels, pdActivityKindSchema } from "@throughline/domain/transcript";
import {
  BOLD,
  FONT,
  newPdf,
  PAGE_MARGIN,
  type PdfDoc,
  type PdfOptions,
  pdfBytes,
  printable,
  roomLeft,
} from "./pdf-document.ts";
import { formatPdfDay, formatPdfDays, formatPdfHours } from "./pdf-text-format.ts";
import { verificationLine } from "./verification.ts";

/*
 * The transcript as a PDF a state recertification office accepts: who (name, district), which
 * school year, every activity with its dates and hours (external PD with its provider), the
 * hours by kind, the external hours and the total, and a line to verify it by.
 */

const columns = { date: 0, activity: 110, title: 210, hours: 456 } as const;
const contentWidth = 612 - 2 * PAGE_MARGIN;
const ROW_GAP = 4;

function activityName(line: TranscriptLine): string {
  return line.kind === "external" ? EXTERNAL_ACTIVITY_LABEL : pdActivityKindLabels[line.kind];
}

function titleOf(line: TranscriptLine): string {
  if (!line.external) return line.title;
  return `${line.title} — ${line.external.provider} (${externalPdKindLabels[line.external.kind]})`;
}

function dateOf(line: TranscriptLine): string {
  return line.external ? formatPdfDays(line.external.startOn, line.day) : formatPdfDay(line.day);
}

function tableHeader(doc: PdfDoc): void {
  const y = doc.y;
  doc.font(BOLD).fontSize(9);
  doc.text("Date", PAGE_MARGIN + columns.date, y, { width: columns.activity - 8 });
  doc.text("Activity", PAGE_MARGIN + columns.activity, y, {
    width: columns.title - columns.activity - 8,
  });
  doc.text("Title", PAGE_MARGIN + columns.title, y, { width: columns.hours - columns.title - 8 });
  doc.text("Hours", PAGE_MARGIN + columns.hours, y, {
    width: contentWidth - columns.hours,
    align: "right",
  });
  doc
    .moveTo(PAGE_MARGIN, doc.y + 2)
    .lineTo(PAGE_MARGIN + contentWidth, doc.y + 2)
    .stroke();
  doc.x = PAGE_MARGIN;
  doc.y += ROW_GAP + 2;
}

function row(
  doc: PdfDoc,
  cells: { date: string; activity: string; title: string; hours: string },
  bold = false,
): void {
  doc.font(bold ? BOLD : FONT).fontSize(9);
  const titleWidth = columns.hours - columns.title - 8;
  const height = Math.max(
    doc.heightOfString(cells.title, { width: titleWidth }),
    doc.heightOfString(cells.date, { width: columns.activity - 8 }),
  );
  if (roomLeft(doc) < height + ROW_GAP) {
    doc.addPage();
    tableHeader(doc);
    doc.font(bold ? BOLD : FONT).fontSize(9);
  }
  const y = doc.y;
  doc.text(cells.date, PAGE_MARGIN + columns.date, y, { width: columns.activity - 8 });
  doc.text(cells.activity, PAGE_MARGIN + columns.activity, y, {
    width: columns.title - columns.activity - 8,
  });
  doc.text(cells.title, PAGE_MARGIN + columns.title, y, { width: titleWidth });
  doc.text(cells.hours, PAGE_MARGIN + columns.hours, y, {
    width: contentWidth - columns.hours,
    align: "right",
  });
  doc.x = PAGE_MARGIN;
  doc.y = y + height + ROW_GAP;
}

/** The transcript's PDF bytes; `issuedOn` is the district's calendar day it was made. */
export function transcriptPdf(
  transcript: FullTranscript,
  issued: { issuedOn: string; reference: string },
  options: PdfOptions = {},
): Promise<Buffer> {
  const name = printable(transcript.person.displayName);
  const district = printable(transcript.district.name);
  const doc = newPdf(`PD transcript ${transcript.schoolYear}: ${name}`, district, options);

  doc.font(BOLD).fontSize(18).text("Professional Development Transcript");
  doc.moveDown(0.5);
  doc.font(FONT).fontSize(11);
  doc.text(`Educator: ${name}`);
  doc.text(`District: ${district}`);
  doc.text(`School year: ${transcript.schoolYear}`);
  doc.text(`Issued: ${formatPdfDay(issued.issuedOn)} (dates in ${transcript.timeZone} time)`);
  doc.moveDown();

  tableHeader(doc);
  if (transcript.activities.length === 0) {
    doc.font(FONT).fontSize(9).text(`No PD activities recorded in ${transcript.schoolYear}.`);
    doc.moveDown(0.5);
  }
  for (const line of transcript.activities) {
    row(doc, {
      date: dateOf(line),
      activity: activityName(line),
      title: printable(titleOf(line)),
      hours: formatPdfHours(line.hours),
    });
  }

  doc.moveDown();
  if (roomLeft(doc) < 160) doc.addPage();
  doc.font(BOLD).fontSize(12).text("Totals", PAGE_MARGIN);
  doc.moveDown(0.3);
  const { totals } = transcript;
  for (const kind of pdActivityKindSchema.options) {
    row(doc, {
      date: "",
      activity: "",
      title: pdActivityKindLabels[kind],
      hours: formatPdfHours(totals.byKind[kind].hours),
    });
  }
  row(
    doc,
    {
      date: "",
      activity: "",
      title: "District framework PD",
      hours: formatPdfHours(totals.framework.hours),
    },
    true,
  );
  row(
    doc,
    {
      date: "",
      activity: "",
      title: "External PD (approved)",
      hours: formatPdfHours(totals.external.hours),
    },
    true,
  );
  row(
    doc,
    {
      date: "",
      activity: "",
      title: `Total PD hours ${transcript.schoolYear}`,
      hours: formatPdfHours(totals.total.hours),
    },
    true,
  );

  doc.moveDown(1.5);
  doc
    .font(FONT)
    .fontSize(8)
    .text(
      verificationLine({ district, issuedOn: issued.issuedOn, reference: issued.reference }),
      PAGE_MARGIN,
      doc.y,
      { width: contentWidth },
    );
  return pdfBytes(doc);
}
