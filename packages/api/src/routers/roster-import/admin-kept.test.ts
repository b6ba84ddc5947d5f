import { randomUUID } from "node:crypto";
import { rawRows } from "@throughline/db/testing";
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import {
  asUpload,
  type ExportUser,
  hillcrestStaff,
  sisExport,
} from "../../testing/oneroster-export.ts";
import { testApiPerFile } from "../../testing/test-api-per-file.ts";
import { type TestDistrict, testDistrict } from "../../testing/test-district.ts";

/*
 * A roster import never locks out the district admin running it: a roster that names them as
 * a teacher only, or leaves them out altogether, keeps their district admin role and their
 * sign-in, and the preview and the result say so.
 */

const KEPT_NOTE = "Kept: you are the district admin running this import";
const STAFF = hillcrestStaff(10);
const api = testApiPerFile({ seed: false });
let district: TestDistrict;
/** The running admin, in the SIS as a teacher at one school and not as an administrator. */
let adminAsTeacher: ExportUser;

beforeAll(async () => {
  district = await testDistrict(api);
  adminAsTeacher = {
    sourcedId: "hc-admin",
    givenName: "Dana",
    familyName: "Ruiz",
    email: district.admin.email,
    role: "teacher",
    school: "hill-north",
  };
});

async function adminStanding() {
  const [row] = await rawRows<{ active: boolean; district_admin: boolean }>(
    api.db,
    sql`select p.active, exists (
          select 1 from role_membership r where r.person_id = p.id and r.role = 'district_admin'
        ) as district_admin
        from person p where p.email = ${district.admin.email}`,
  );
  return row;
}

async function importing(files: Record<string, string>) {
  const caller = await district.callerFor(district.admin);
  return caller.rosterImport.importFiles({
    files: asUpload(files),
    importId: randomUUID(),
    skipBadRows: true,
  });
}

describe("the district admin running an import", () => {
  it("keeps the district admin role when the roster lists them as a teacher only", async () => {
    const files = sisExport([...STAFF, adminAsTeacher]);
    const caller = await district.callerFor(district.admin);
    const preview = await caller.rosterImport.preview({ files: asUpload(files) });
    expect(preview.kept).toEqual([expect.stringContaining(KEPT_NOTE)]);
    expect(preview.notes).toContainEqual(expect.stringContaining(KEPT_NOTE));

    const result = await importing(files);
    expect(result.kept).toEqual([expect.stringContaining(KEPT_NOTE)]);
    expect(await adminStanding()).toEqual({ active: true, district_admin: true });
    // Still a district admin: the next request is let in, and the same files keep them again.
    const again = await (await district.callerFor(district.admin)).rosterImport.preview({
      files: asUpload(files),
    });
    expect(again.kept).toEqual([expect.stringContaining(KEPT_NOTE)]);
    expect(again.counts.people.update).toBe(0);
  });

  it("is not deactivated by a full roster that leaves them out", async () => {
    const files = sisExport(STAFF);
    const caller = await district.callerFor(district.admin);
    const preview = await caller.rosterImport.preview({ files: asUpload(files) });
    expect(preview.deactivations.count).toBe(0);
    expect(preview.kept).toEqual([expect.stringContaining(KEPT_NOTE)]);

    const result = await importing(files);
    expect(result.counts.people.deactivate).toBe(0);
    expect(result.kept).toEqual([expect.stringContaining(KEPT_NOTE)]);
    expect(await adminStanding()).toEqual({ active: true, district_admin: true });
  });
});
