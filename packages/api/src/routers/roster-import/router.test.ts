import { randomUUID } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import { rawRows } from "@throughline/db/testing";
import type { RosterFile } from "@throughline/domain/oneroster/input";
import { sql } from "drizzle-orm";
import { strToU8, zipSync } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import { demoEmail } from "../../testing/demo-emails.ts";
import { codeOf } from "../../testing/error-code.ts";
import { testApiPerFile } from "../../testing/test-api-per-file.ts";

const sampleFolder = new URL(
  "../../../../../fixtures/oneroster/maple-valley-sample/",
  import.meta.url,
);

const api = testApiPerFile();
/** The sample set as loose files, by name. */
let sample: Record<string, string>;

beforeAll(async () => {
  const names = await readdir(sampleFolder);
  sample = Object.fromEntries(
    await Promise.all(
      names.map(async (name) => [name, await readFile(new URL(name, sampleFolder), "utf8")]),
    ),
  );
});

function looseFiles(files: Record<string, string> = sample): RosterFile[] {
  return Object.entries(files).map(([name, content]) => ({ name, encoding: "text", content }));
}

function zipped(files: Record<string, string> = sample): RosterFile[] {
  const zip = zipSync(
    Object.fromEntries(Object.entries(files).map(([name, text]) => [name, strToU8(text)])),
  );
  return [
    {
      name: "maple-valley-oneroster.zip",
      encoding: "base64",
      content: Buffer.from(zip).toString("base64"),
    },
  ];
}

/** The district's people, schools and roles as one comparable snapshot. */
async function snapshot() {
  return rawRows(
    api.db,
    sql`select
      (select count(*)::int from person) as people,
      (select count(*)::int from person where active) as active,
      (select count(*)::int from school) as schools,
      (select count(*)::int from role_membership) as roles,
      (select count(*)::int from teaching_slot) as slots,
      (select max(updated_at)::text from person) as person_updated,
      (select max(updated_at)::text from school) as school_updated`,
  );
}

const NO_BELLS_NOTE =
  "Willow Creek K-8 School has no bell schedule yet, so its classes' periods make no teaching slots: enter its bell schedule and import again.";

/** The roster slots of the sample's teachers, as label, weekday and start, for comparing. */
async function rosterSlots() {
  return rawRows<{ who: string; label: string; weekday: number; start: number }>(
    api.db,
    sql`select p.sourced_id as who, t.label, t.weekday, t.start_minute as start
        from teaching_slot t join person p on p.id = t.person_id
        where t.source = 'roster' order by who, weekday, start`,
  );
}

const BAD_ROW = {
  file: "roles.csv",
  line: 15,
  reason:
    "role 'coach' is not one of aide, counselor, districtAdministrator, guardian, parent, principal, proctor, relative, siteAdministrator, student, systemAdministrator, teacher",
};

describe("rosterImport", () => {
  it("previews the sample set: counts, the bad row with its file and line, and writes nothing", async () => {
    const admin = await api.callerFor(demoEmail.admin);
    const before = await snapshot();
    const preview = await admin.rosterImport.preview({ files: looseFiles() });
    expect(preview.problems).toEqual([]);
    expect(preview.badRows).toEqual([BAD_ROW]);
    expect(preview.counts).toEqual({
      schools: { create: 1, update: 2, unchanged: 0 },
      people: { create: 22, update: 0, deactivate: 0, unchanged: 0, skipped: 6 },
      // Literacy block at the elementary, Periods 1 and 3 at the middle school, Monday to Friday.
      timetableSlots: { add: 15, remove: 0 },
    });
    expect(preview.notes).toContain(NO_BELLS_NOTE);
    expect(await snapshot()).toEqual(before);
  });

  it("reads a ZIP the same as the loose files", async () => {
    const admin = await api.callerFor(demoEmail.admin);
    const fromZip = await admin.rosterImport.preview({ files: zipped() });
    const loose = await admin.rosterImport.preview({ files: looseFiles() });
    expect(fromZip).toEqual(loose);
  });

  it("refuses bad rows unless told to skip them, and then changes nothing", async () => {
    const admin = await api.callerFor(demoEmail.admin);
    const before = await snapshot();
    const refused = admin.rosterImport.importFiles({ files: looseFiles(), importId: randomUUID() });
    await expect(refused).rejects.toThrow("roles.csv line 15");
    expect(await codeOf(refused)).toBe("BAD_REQUEST");
    expect(await snapshot()).toEqual(before);
  });

  it("a broken file changes nothing: a missing header, a role for a missing user", async () => {
    const admin = await api.callerFor(demoEmail.admin);
    const before = await snapshot();
    const noEmailColumn = {
      ...sample,
      "users.csv": (sample["users.csv"] ?? "").replace(",email,", ",mail,"),
    };
    const preview = await admin.rosterImport.preview({ files: looseFiles(noEmailColumn) });
    expect(preview.problems).toEqual([
      {
        file: "users.csv",
        line: 1,
        reason:
          "The header lacks the column email; it has columns OneRoster 1.2 does not name: mail",
      },
    ]);
    const refused = admin.rosterImport.importFiles({
      files: looseFiles(noEmailColumn),
      importId: randomUUID(),
      skipBadRows: true,
    });
    expect(await codeOf(refused)).toBe("BAD_REQUEST");

    const orphanRole = {
      ...sample,
      "roles.csv": `${sample["roles.csv"]}mvu-r-9999,,,mvu-u-9999,primary,teacher,,,mvu-sch-mve,\r\n`,
    };
    const orphan = await admin.rosterImport.preview({ files: looseFiles(orphanRole) });
    expect(orphan.badRows).toContainEqual({
      file: "roles.csv",
      line: 32,
      reason: "userSourcedId 'mvu-u-9999' is not in users.csv",
    });
    const withoutManifest = { ...sample };
    delete withoutManifest["manifest.csv"];
    const noManifest = await admin.rosterImport.preview({ files: looseFiles(withoutManifest) });
    expect(noManifest.problems.map((problem) => problem.file)).toEqual(["manifest.csv"]);
    expect(await snapshot()).toEqual(before);
  });

  it("applies with the bad row skipped, reports progress, and the same files again change nothing", async () => {
    const admin = await api.callerFor(demoEmail.admin);
    const importId = randomUUID();
    const result = await admin.rosterImport.importFiles({
      files: zipped(),
      importId,
      skipBadRows: true,
    });
    expect(result).toEqual({
      counts: {
        schools: { create: 1, update: 2, unchanged: 0 },
        people: { create: 22, update: 0, deactivate: 0, unchanged: 0, skipped: 6 },
        timetableSlots: { add: 15, remove: 0 },
      },
      written: 40,
      skippedBadRows: 1,
      kept: [],
    });
    expect(await api.anonymous().rosterImport.progress({ importId })).toEqual({
      done: 40,
      total: 40,
      finished: true,
    });
    const slots = await rosterSlots();
    expect(slots).toHaveLength(15);
    expect(slots.filter((slot) => slot.weekday === 1)).toEqual([
      {
        who: "mvu-u-2001",
        label: "Grade 3 ELA - Fitzgerald (Grade 3 English Language Arts)",
        weekday: 1,
        start: 495,
      },
      { who: "mvu-u-2008", label: "Math 7 - Period 1", weekday: 1, start: 470 },
      { who: "mvu-u-2009", label: "Life Science 7 - Period 3", weekday: 1, start: 590 },
    ]);
    const [linked] = await rawRows<{ count: number }>(
      api.db,
      sql`select count(*)::int as count from school where sourced_id in ('mvu-sch-mve', 'mvu-sch-rms') and name in ('Maple Valley Elementary', 'Riverside Middle School')`,
    );
    expect(linked?.count).toBe(2);
    const roles = await rawRows<{ role: string; school: string | null }>(
      api.db,
      sql`select r.role::text as role, s.name as school from role_membership r
          join person p on p.id = r.person_id left join school s on s.id = r.school_id
          where p.sourced_id in ('mvu-u-1001', 'mvu-u-1004', 'mvu-u-2016') order by p.sourced_id, s.name`,
    );
    expect(roles).toEqual([
      { role: "district_admin", school: null },
      { role: "principal", school: "Willow Creek K-8 School" },
      { role: "teacher", school: "Riverside Middle School" },
      { role: "teacher", school: "Willow Creek K-8 School" },
    ]);

    const before = await snapshot();
    const again = await admin.rosterImport.importFiles({
      files: looseFiles(),
      importId: randomUUID(),
      skipBadRows: true,
    });
    expect(again.counts).toEqual({
      schools: { create: 0, update: 0, unchanged: 3 },
      people: { create: 0, update: 0, deactivate: 0, unchanged: 22, skipped: 6 },
      timetableSlots: { add: 0, remove: 0 },
    });
    expect(await snapshot()).toEqual(before);
  });

  it("a class moved to another period moves its roster slots; hand-entered slots stay", async () => {
    const admin = await api.callerFor(demoEmail.admin);
    await rawRows(
      api.db,
      sql`insert into teaching_slot (district_id, person_id, school_id, weekday, start_minute, end_minute, label, source)
          select p.district_id, p.id, s.id, 3, 900, 945, 'Robotics club', 'manual'
          from person p, school s
          where p.sourced_id = 'mvu-u-2008' and s.sourced_id = 'mvu-sch-rms'`,
    );
    const manual = sql`select count(*)::int as count from teaching_slot t join person p on p.id = t.person_id
        where p.sourced_id = 'mvu-u-2008' and t.source = 'manual' and t.label = 'Robotics club'`;
    const original = await rosterSlots();
    const movedToPeriod2 = {
      ...sample,
      "classes.csv": (sample["classes.csv"] ?? "").replace(
        "Mathematics,,1\r\n",
        "Mathematics,,Period 2\r\n",
      ),
    };
    const preview = await admin.rosterImport.preview({ files: looseFiles(movedToPeriod2) });
    expect(preview.counts.timetableSlots).toEqual({ add: 5, remove: 5 });
    await admin.rosterImport.importFiles({
      files: looseFiles(movedToPeriod2),
      importId: randomUUID(),
      skipBadRows: true,
    });
    const moved = (await rosterSlots()).filter((slot) => slot.who === "mvu-u-2008");
    expect(moved.map((slot) => slot.start)).toEqual([530, 530, 530, 530, 530]);
    expect(await rawRows(api.db, manual)).toEqual([{ count: 1 }]);

    const back = await admin.rosterImport.importFiles({
      files: looseFiles(),
      importId: randomUUID(),
      skipBadRows: true,
    });
    expect(back.counts.timetableSlots).toEqual({ add: 5, remove: 5 });
    expect(await rosterSlots()).toEqual(original);
    expect(await rawRows(api.db, manual)).toEqual([{ count: 1 }]);
  });

  it("delta mode deactivates a tobedeleted user and keeps everyone else", async () => {
    const admin = await api.callerFor(demoEmail.admin);
    const manifest = (sample["manifest.csv"] ?? "")
      .replace("file.users,bulk", "file.users,delta")
      .replace("file.roles,bulk", "file.roles,delta")
      .replace(/file\.(classes|courses|academicSessions|enrollments),bulk/g, "file.$1,absent");
    const header = (sample["users.csv"] ?? "").split("\r\n")[0];
    const delta = {
      "manifest.csv": manifest,
      "orgs.csv": sample["orgs.csv"] ?? "",
      "users.csv": `${header}\r\nmvu-u-2004,tobedeleted,2026-11-02T08:00:00Z,true,hlindgren,,Harold,Lindgren,,2004,hlindgren@mvusd.test,,,,,,,,,,,mvu-sch-mve,\r\n`,
      "roles.csv":
        "sourcedId,status,dateLastModified,userSourcedId,roleType,role,beginDate,endDate,orgSourcedId,userProfileSourcedId\r\n",
    };
    const preview = await admin.rosterImport.preview({ files: looseFiles(delta) });
    expect(preview.badRows).toEqual([]);
    expect(preview.counts.people).toEqual({
      create: 0,
      update: 0,
      deactivate: 1,
      unchanged: 0,
      skipped: 0,
    });
    await admin.rosterImport.importFiles({ files: looseFiles(delta), importId: randomUUID() });
    const people = await rawRows<{ sourced_id: string; active: boolean }>(
      api.db,
      sql`select sourced_id, active from person where sourced_id in ('mvu-u-2004', 'mvu-u-2005') order by sourced_id`,
    );
    expect(people).toEqual([
      { sourced_id: "mvu-u-2004", active: false },
      { sourced_id: "mvu-u-2005", active: true },
    ]);
  });

  it("is for district administrators: a principal is refused", async () => {
    const principal = await api.callerFor("principal@maplevalley.test");
    const refused = principal.rosterImport.preview({ files: looseFiles() });
    expect(await codeOf(refused)).toBe("FORBIDDEN");
  });
});
