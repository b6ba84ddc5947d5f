import { rawRows } from "@throughline/db/testing";
import type { ImpactReport } from "@throughline/domain/impact-report";
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { testApiPerFile } from "../../testing/test-api-per-file.ts";
import { type TestDistrict, type TestPerson, testDistrict } from "../../testing/test-district.ts";

/*
 * The report's observed level change reads evaluation data: walkthroughs and evaluation ratings
 * imported from another system. Ratings go in through the admin's ratings import, as a district
 * would bring them, and the principal's report moves with them, withheld below 3 teachers.
 */

const api = testApiPerFile({ seed: false });
const day = (date: Date) => date.toISOString().slice(0, 10);
const daysAgo = (days: number) => day(new Date(Date.now() - days * 86_400_000));
const period = { from: daysAgo(364), to: daysAgo(0) };

let district: TestDistrict;
let schoolPrincipal: TestPerson;
let districtId: string;
let teacherEmails: string[];
let indicator: { id: string; code: string };
let levelLabel: (rank: number) => string;

// A school with its principal and three teachers enrolled in a cohort there, whom the
// principal's report counts; nobody has an observed level on any indicator yet.
beforeAll(async () => {
  district = await testDistrict(api);
  districtId = district.districtId;
  const school = await district.school();
  schoolPrincipal = await district.person({ role: "principal", school });
  const teachers = [
    await district.person({ role: "teacher", school }),
    await district.person({ role: "teacher", school }),
    await district.person({ role: "teacher", school }),
  ];
  await district.enrol(teachers, await district.cohort({ school }));
  teacherEmails = teachers.map((teacher) => teacher.email);
  const [first] = await (await district.callerFor(district.admin)).frameworkAdmin.indicators();
  indicator = { id: first?.id ?? "", code: first?.code ?? "" };
  const levels = await rawRows<{ rank: number; label: string }>(
    api.db,
    sql`select rank, label from observation_level where district_id = ${districtId}`,
  );
  levelLabel = (rank) => levels.find((level) => level.rank === rank)?.label ?? "";
});

/** A ratings file: each teacher rated `firstRank` months ago and `lastRank` last week. */
function ratingsFile(emails: readonly string[], firstRank: number, lastRank: number): string {
  const lines = emails.flatMap((email) => [
    `${email},${indicator.code},${levelLabel(firstRank)},${daysAgo(200)},Spring evaluation`,
    `${email},${indicator.code},${levelLabel(lastRank)},${daysAgo(7)},Spring evaluation`,
  ]);
  return ["teacher,indicator_code,level,date,source", ...lines].join("\n");
}

const rowOf = (report: ImpactReport) =>
  report.observed.find((row) => row.indicatorId === indicator.id);

describe("impact.report with imported evaluation ratings", () => {
  it("moves the observed level change, withheld while under 3 teachers", async () => {
    expect(teacherEmails.length).toBeGreaterThanOrEqual(3);
    expect(indicator.code).not.toBe("");
    const [first, second, third] = teacherEmails;
    if (!first || !second || !third) throw new Error("The school has too few teachers.");
    const principal = await district.callerFor(schoolPrincipal);
    const admin = await district.callerFor(district.admin);
    expect(rowOf(await principal.impact.report(period))).toBeUndefined();

    await admin.ratingsImport.importFile({ csv: ratingsFile([first, second], 1, 3) });
    const twoRated = await principal.impact.report({ ...period, by: "school" });
    expect(rowOf(twoRated)?.result).toEqual({ withheld: true });
    const byGroup = twoRated.observedByGroup.find((row) => row.indicatorId === indicator.id);
    expect(byGroup?.total).toEqual({ withheld: true });
    for (const group of byGroup?.groups ?? []) expect(group.result).toEqual({ withheld: true });

    await admin.ratingsImport.importFile({ csv: ratingsFile([third], 0, 2) });
    const threeRated = await principal.impact.report(period);
    expect(rowOf(threeRated)?.result).toEqual({
      withheld: false,
      figures: { measured: 3, firstMean: 0.7, lastMean: 2.7, change: 2, improved: 3 },
    });
    const { csv } = await principal.impact.csv(period);
    expect(csv).toContain(
      "Observed level change per indicator (walkthroughs and evaluation ratings)",
    );
    expect(csv).not.toContain("Spring evaluation");

    // Deleting the ratings (as a district correcting an import would) takes the row away again.
    await rawRows(
      api.db,
      sql`delete from imported_rating where district_id = ${districtId}
        and source = 'Spring evaluation' returning id`,
    );
    expect(rowOf(await principal.impact.report(period))).toBeUndefined();
  });
});
