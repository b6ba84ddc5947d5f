import { withTenant } from "@throughline/db/tenant";
import { overviewRankedSchools, rankSchoolsByAttention } from "@throughline/domain/admin-overview";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { demoEmail } from "../../testing/demo-emails.ts";
import { testApiPerFile } from "../../testing/test-api-per-file.ts";

/*
 * A district admin's overview counts each school's flagged teachers and ranks the schools; the
 * names are on each school's own overview. Its size does not grow with the flagged teachers: a
 * district where every plan step is stuck answers the same number of bytes, give
 * or take the digits of the counts.
 */

const api = testApiPerFile();

describe("a district admin's overview", () => {
  it("ranks every school by the flagged teachers each school's own overview names", async () => {
    const admin = await api.callerFor(demoEmail.admin);
    const overview = await admin.admin.overview();
    expect(overview.scope).toBe("district");
    if (overview.attention.kind !== "ranked") throw new Error("a district's attention is ranked");
    const { ranked, schools, schoolsFlagged } = overview.attention;
    expect(ranked.length).toBe(Math.min(schools, overviewRankedSchools));
    expect(ranked).toEqual(rankSchoolsByAttention(ranked));
    expect(JSON.stringify(overview.attention)).not.toContain("displayName");

    let flagged = 0;
    for (const school of ranked) {
      const own = await admin.admin.schoolOverview({ schoolId: school.schoolId });
      expect(own.scope).toBe("school");
      const [named] = own.attention.kind === "named" ? own.attention.schools : [];
      expect(named?.schoolId).toBe(school.schoolId);
      expect(named?.teachers, school.schoolName).toBe(school.teachers);
      expect(named?.flaggedTeachers, school.schoolName).toBe(school.flaggedTeachers);
      expect(named?.flagCounts, school.schoolName).toEqual(school.flagCounts);
      const names = new Set(
        named?.teams.flatMap((team) => team.flagged.map((row) => row.personId)),
      );
      expect(names.size).toBe(school.flaggedTeachers);
      if (school.flaggedTeachers > 0) flagged += 1;
    }
    expect(flagged).toBe(schoolsFlagged);
    expect(flagged).toBeGreaterThan(0);

    const page = await admin.admin.attentionSchools({ page: 1 });
    expect(page.total).toBe(schools);
    expect(page.schools.slice(0, ranked.length)).toEqual(ranked);
    expect((await admin.admin.attentionSchools({ page: 2 })).schools).toEqual([]);
  });

  it("caps this week's lists and counts the rest", async () => {
    const admin = await api.callerFor(demoEmail.admin);
    const { meetings, blocks } = await admin.admin.overview();
    expect(blocks.total).toBeGreaterThan(0);
    expect(blocks.first.length).toBe(Math.min(blocks.total, 10));
    expect(meetings.first.length).toBe(Math.min(meetings.total, 10));
    const starts = meetings.first.map((row) => row.startsAt.getTime());
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it("gives a principal their own school's overview only, and no district ranking", async () => {
    const admin = await api.callerFor(demoEmail.admin);
    const principal = await api.callerFor(demoEmail.principal);
    const mine = await principal.admin.overview();
    const ownIds = mine.figures.map((figures) => figures.id ?? "");
    const district = await admin.admin.attentionSchools({ page: 1 });
    const other = district.schools.find((school) => !ownIds.includes(school.schoolId));
    expect(other).toBeDefined();
    await expect(
      principal.admin.schoolOverview({ schoolId: other?.schoolId ?? "" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(principal.admin.attentionSchools({ page: 1 })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    const [own] = ownIds;
    expect((await principal.admin.schoolOverview({ schoolId: own ?? "" })).scope).toBe("school");
    await expect(admin.admin.attentionSchools({ page: 0 })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
  });

  // Last: it changes the district's plans.
  it("answers the same size when many more teachers are flagged", async () => {
    const admin = await api.callerFor(demoEmail.admin);
    const before = await admin.admin.overview();
    // Every flag of every school: the demo flags most teachers already, so count the flags.
    const flaggedOf = async () =>
      (await admin.admin.attentionSchools({ page: 1 })).schools
        .flatMap((school) => Object.values(school.flagCounts))
        .reduce((sum, count) => sum + count, 0);
    const flaggedBefore = await flaggedOf();
    const { districtId } = await admin.viewer.me().then((me) => ({ districtId: me.district.id }));
    await withTenant(api.db, districtId, (tx) =>
      tx.execute(sql`update action_step set status = 'stuck'`),
    );
    const after = await admin.admin.overview();
    expect(await flaggedOf()).toBeGreaterThan(flaggedBefore);
    const size = (value: unknown) => JSON.stringify(value).length;
    // Only the counts' digits (and the order of the same schools) may change.
    expect(Math.abs(size(after) - size(before))).toBeLessThan(40);
    expect(size(after)).toBeLessThan(8_000);
  });
});
