import type { FullTranscript } from "@throughline/domain/external-pd-transcript";
import { describe, expect, it } from "vitest";
import { pdfText } from "./pdf-text.ts";
import { transcriptPdf } from "./transcript-pdf.ts";

const amount = (minutes: number) => ({ minutes, hours: Math.round((minutes / 60) * 10) / 10 });
const none = amount(0);

const transcript: FullTranscript = {
  person: { displayName: "Tomás Rivera" },
  district: { name: "Maple Valley Unified" },
  timeZone: "America/Chicago",
  schoolYear: "2026-27",
  schoolYears: ["2026-27"],
  activities: [
    {
      date: new Date("2026-09-14T15:00:00Z"),
      day: "2026-09-14",
      kind: "workshop",
      title: "Stage 1 workshop: High Performance Learning-Focused Lessons",
      minutes: 180,
      hours: 3,
      schoolYear: "2026-27",
      external: null,
    },
    {
      date: new Date("2026-10-03T12:00:00Z"),
      day: "2026-10-03",
      kind: "external",
      title: "IB Category 2 Workshop",
      minutes: 390,
      hours: 6.5,
      schoolYear: "2026-27",
      external: {
        provider: "International Baccalaureate",
        kind: "workshop",
        startOn: "2026-10-01",
      },
    },
  ],
  totals: {
    schoolYear: "2026-27",
    byKind: {
      workshop: amount(180),
      micropd: none,
      support_meeting: none,
      micro_credential: none,
      coaching: none,
    },
    framework: amount(180),
    external: amount(390),
    total: amount(570),
  },
};

describe("the transcript PDF", () => {
  for (const compress of [false, true]) {
    it(`names the educator, district, year, each activity with dates and hours, and the totals (compressed: ${compress})`, async () => {
      const pdf = await transcriptPdf(
        transcript,
        { issuedOn: "2026-12-07", reference: "TL-AAAA-BBBB" },
        { compress },
      );
      expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
      const text = pdfText(pdf);
      expect(text).toContain("Educator: Tomás Rivera");
      expect(text).toContain("District: Maple Valley Unified");
      expect(text).toContain("School year: 2026-27");
      expect(text).toContain("Sep 14, 2026");
      expect(text).toContain("Stage 1 workshop: High Performance Learning-Focused Lessons");
      expect(text).toContain("Oct 1, 2026 – Oct 3, 2026");
      expect(text).toContain("External");
      expect(text).toContain("IB Category 2 Workshop — International Baccalaureate (Workshop)");
      expect(text).toMatch(/External PD \(approved\) 6\.5/);
      expect(text).toMatch(/District framework PD 3\.0/);
      expect(text).toMatch(/Total PD hours 2026-27 9\.5/);
      expect(text).toContain("reference TL-AAAA-BBBB");
    });
  }
});
