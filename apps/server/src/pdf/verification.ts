import { createHash } from "node:crypto";
import { formatPdfDay } from "./pdf-text-format.ts";

/**
 * A short reference for a printed record: the same facts always give the same reference, and a
 * changed figure gives another, so the district's PD office can match a paper copy to what
 * Throughline holds ("TL-3F9A-C21B").
 */
export function recordReference(facts: readonly (string | number)[]): string {
  const digest = createHash("sha256").update(JSON.stringify(facts)).digest("hex").toUpperCase();
  return `TL-${digest.slice(0, 4)}-${digest.slice(4, 8)}`;
}

/** The line at the foot of every transcript and certificate. */
export function verificationLine(params: {
  district: string;
  issuedOn: string;
  reference: string;
}): string {
  return `Verification: issued by ${params.district} through Throughline on ${formatPdfDay(params.issuedOn)}, reference ${params.reference}. The district's professional development office confirms this record on request by its reference.`;
}
