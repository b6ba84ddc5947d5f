import { randomUUID } from "node:crypto";
import { rawRows } from "@throughline/db/testing";
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { codeOf } from "../../testing/error-code.ts";
import {
  asUpload,
  type ExportUser,
  hillcrestFamilies,
  hillcrestStaff,
  sisExport,
  USERS_HEADER_1_2,
  usersCsv,
} from "../../testing/oneroster-export.ts";
import { testApiPerFile } from "../../testing/test-api-per-file.ts";
import { type TestDistrict, testDistrict } from "../../testing/test-district.ts";

/*
 * The roster import never loses people: tried with an SIS-shaped OneRoster 1.2 export of its
 * own (see testing/oneroster-export.ts), not the sample set.
 */

const UNICODE_STAFF: ExportUser[] = [
  {
    sourcedId: "hc-u-1",
    givenName: "José",
    familyName: "García",
    email: "josé.garcía@example.org",
    role: "teacher",
    school: "hill-north",
  },
  {
    sourcedId: "hc-u-2",
    givenName: "用户",
    familyName: "李",
    email: "用户@例子.广告",
    role: "teacher",
    school: "hill-south",
  },
];
/** 25 staff: a district administrator, two principals, 22 teachers (two with RFC 6531 emails). */
const STAFF = [...hillcrestStaff(20), ...UNICODE_STAFF];
const FAMILIES = hillcrestFamilies(10);
const FULL = sisExport([...STAFF, ...FAMILIES]);

const api = testApiPerFile({ seed: false });
let district: TestDistrict;

// A district with one school of its own, before any roster.
beforeAll(async () => {
  district = await testDistrict(api);
  await district.school("Lincoln Elementary");
});

async function admin() {
  return district.callerFor(district.admin);
}

async function hillcrestPeople() {
  return rawRows<{ sourced_id: string | null; email: string; active: boolean }>(
    api.db,
    sql`select sourced_id, email, active from person
        where email like '%hillcrest.test' or email in ('josé.garcía@example.org', '用户@例子.广告')
        order by email, sourced_id`,
  );
}

async function activeRostered(): Promise<number> {
  const [row] = await rawRows<{ count: number }>(
    api.db,
    sql`select count(*)::int as count from person where sourced_id like 'hc-%' and active`,
  );
  return row?.count ?? 0;
}

function importing(files: Record<string, string>, options: { confirm?: number } = {}) {
  return admin().then((caller) =>
    caller.rosterImport.importFiles({
      files: asUpload(files),
      importId: randomUUID(),
      skipBadRows: true,
      confirmDeactivations: options.confirm,
    }),
  );
}

describe("a first import of an SIS export", () => {
  it("skips students and guardians quietly, however their rows look, and names no bad row", async () => {
    const preview = await (await admin()).rosterImport.preview({ files: asUpload(FULL) });
    expect(preview.problems).toEqual([]);
    expect(preview.badRows).toEqual([]);
    expect(preview.counts.people).toMatchObject({ create: 25, skipped: FAMILIES.length });
    expect(preview.notes).toContain(
      "20 users have no teacher, principal or administrator role (students, guardians, aides…) and are not imported.",
    );
  });

  it("links a person added by hand to the roster row with the same email, not a duplicate", async () => {
    const caller = await admin();
    const options = await caller.peopleAdmin.options();
    const school = options.schools.find((entry) => entry.name === "Lincoln Elementary");
    await caller.peopleAdmin.create({
      displayName: "T. Seven",
      email: "Teacher7@Hillcrest.test",
      roles: [{ role: "teacher", schoolId: school?.id ?? "" }],
    });
    const preview = await caller.rosterImport.preview({ files: asUpload(FULL) });
    expect(preview.counts.people).toMatchObject({ create: 24, update: 1 });
    expect(preview.notes).toContain(
      "1 person added by hand is linked to the roster by their email address: T. Seven.",
    );

    const result = await importing(FULL);
    expect(result.counts.people).toMatchObject({ create: 24, update: 1, deactivate: 0 });
    const sevens = (await hillcrestPeople()).filter((row) => row.email.startsWith("teacher7@"));
    expect(sevens).toEqual([
      { sourced_id: "hc-t-7", email: "teacher7@hillcrest.test", active: true },
    ]);
    // From now on the roster says which roles they hold, as for everyone it brought in.
    const roles = await rawRows<{ role: string; school: string }>(
      api.db,
      sql`select r.role::text as role, s.name as school from role_membership r
          join person p on p.id = r.person_id join school s on s.id = r.school_id
          where p.sourced_id = 'hc-t-7' order by s.name`,
    );
    expect(roles).toEqual([{ role: "teacher", school: "Hillcrest North High" }]);
  });

  it("keeps emails with non-ASCII local parts as the SIS gives them", async () => {
    const people = await hillcrestPeople();
    expect(people.filter((row) => row.sourced_id?.startsWith("hc-u-"))).toEqual([
      { sourced_id: "hc-u-1", email: "josé.garcía@example.org", active: true },
      { sourced_id: "hc-u-2", email: "用户@例子.广告", active: true },
    ]);
    const again = await (await admin()).rosterImport.preview({ files: asUpload(FULL) });
    expect(again.counts.people).toMatchObject({ create: 0, update: 0, unchanged: 25 });
  });
});

describe("an import that would lose people", () => {
  it("refuses a users.csv with only its header, and deactivates nobody", async () => {
    const headerOnly = sisExport(STAFF, { replace: { "users.csv": `${USERS_HEADER_1_2}\r\n` } });
    const preview = await (await admin()).rosterImport.preview({ files: asUpload(headerOnly) });
    expect(preview.problems).toEqual([
      {
        file: "users.csv",
        line: null,
        reason:
          "users.csv has no people in it: a full (bulk) export lists everyone, so importing it would deactivate every rostered person. Export the roster again",
      },
    ]);
    expect(preview.badRows).toEqual([]);
    const refused = importing(headerOnly, { confirm: 25 });
    expect(await codeOf(refused)).toBe("BAD_REQUEST");
    expect(await activeRostered()).toBe(25);
  });

  it("holds a users.csv cut short until the admin confirms the number, naming the people", async () => {
    const full = usersCsv([...STAFF, ...FAMILIES]);
    // Cut in the middle of the ninth staff row: eight whole rows and part of one.
    const lines = full.split("\r\n");
    const cut = `${lines.slice(0, 9).join("\r\n")}\r\n${(lines[9] ?? "").slice(0, 20)}`;
    const cutShort = sisExport([...STAFF, ...FAMILIES], { replace: { "users.csv": cut } });
    const preview = await (await admin()).rosterImport.preview({ files: asUpload(cutShort) });
    expect(preview.problems).toEqual([]);
    // 25 rostered: 8 whole rows stay, the cut row is a bad row (kept as it is), 16 go.
    expect(preview.counts.people.deactivate).toBe(16);
    expect(preview.deactivations).toMatchObject({
      count: 16,
      activeRostered: 25,
      needsConfirmation: true,
    });
    expect(preview.deactivations.people).toHaveLength(16);
    expect(preview.deactivations.people).toContainEqual({
      displayName: "José García",
      email: "josé.garcía@example.org",
    });

    const unconfirmed = importing(cutShort);
    await expect(unconfirmed).rejects.toThrow(
      "Nothing was imported: it would deactivate 16 of the district's 25 rostered people",
    );
    expect(await codeOf(unconfirmed)).toBe("PRECONDITION_FAILED");
    expect(await codeOf(importing(cutShort, { confirm: 15 }))).toBe("PRECONDITION_FAILED");
    expect(await activeRostered()).toBe(25);

    const confirmed = await importing(cutShort, { confirm: 16 });
    expect(confirmed.counts.people.deactivate).toBe(16);
    expect(await activeRostered()).toBe(9);
  });

  it("deactivates a small share without asking: the full export brings everyone back first", async () => {
    expect((await importing(FULL)).counts.people.update).toBe(16);
    expect(await activeRostered()).toBe(25);
    const twoLeft = sisExport([...STAFF.slice(2), ...FAMILIES]);
    const preview = await (await admin()).rosterImport.preview({ files: asUpload(twoLeft) });
    expect(preview.deactivations).toMatchObject({ count: 2, needsConfirmation: false });
    expect((await importing(twoLeft)).counts.people.deactivate).toBe(2);
    expect(await activeRostered()).toBe(23);
  });
});

describe("a wrong header", () => {
  it("is one problem naming the file and its missing and unknown columns, not a bad row per role", async () => {
    const renamed = sisExport([...STAFF, ...FAMILIES], {
      replace: { "users.csv": usersCsv(STAFF).replace(",email,", ",mail,") },
    });
    const preview = await (await admin()).rosterImport.preview({ files: asUpload(renamed) });
    expect(preview.problems).toEqual([
      {
        file: "users.csv",
        line: 1,
        reason:
          "The header lacks the column email; it has columns OneRoster 1.2 does not name: mail",
      },
    ]);
    expect(preview.badRows).toEqual([]);
  });

  it("in another spec's names is one problem per file", async () => {
    const clever = sisExport(STAFF, {
      replace: {
        "users.csv":
          "School_id,Teacher_id,Teacher_number,First_name,Last_name,Teacher_email\r\nhill-north,t1,1,Ann,Lee,ann@hillcrest.test\r\n",
      },
    });
    const preview = await (await admin()).rosterImport.preview({ files: asUpload(clever) });
    expect(preview.problems).toHaveLength(1);
    expect(preview.problems[0]?.file).toBe("users.csv");
    expect(preview.problems[0]?.reason).toContain("Teacher_email");
    expect(preview.badRows).toEqual([]);
  });
});
