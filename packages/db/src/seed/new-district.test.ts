import { hashPassword, verifyPassword } from "better-auth/crypto";
import { asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { DatabaseHandle } from "../client.ts";
import { createDistrict } from "../queries/districts/create-district.ts";
import {
  account,
  district,
  indicator,
  micropdSession,
  observationLevel,
  person,
  protocol,
  roleMembership,
  school,
  schoolHoliday,
  stage,
  user,
} from "../schema/index.ts";
import { withTenant } from "../tenant.ts";
import { createTestDatabase } from "../testing.ts";
import { indicators } from "./framework/indicators.ts";
import { stage1 } from "./framework/stage-1.ts";
import { stage2 } from "./framework/stage-2.ts";
import { stage3 } from "./framework/stage-3.ts";
import type { NewDistrictInput } from "./new-district.ts";
import { defaultProtocols } from "./protocols.ts";

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(() => handle.close());

function input(overrides: Partial<NewDistrictInput> = {}): NewDistrictInput {
  return {
    name: "Riverside Unified",
    slug: "riverside",
    timeZone: "America/Denver",
    schoolYearStartMonth: 7,
    admin: { displayName: "Ana Ruiz", email: "ana@riverside.example" },
    adminPasswordHash: null,
    now: new Date("2026-09-01T12:00:00Z"),
    ...overrides,
  };
}

describe("a new district", () => {
  test("starts with the default framework, scale, protocols and breaks, and only its admin", async () => {
    const created = await handle.db.transaction((tx) => createDistrict(tx, input()));
    if (!created.ok) throw new Error(created.problem);

    const [row] = await handle.db
      .select()
      .from(district)
      .where(eq(district.id, created.districtId));
    expect(row).toMatchObject({
      name: "Riverside Unified",
      timeZone: "America/Denver",
      schoolYearStartMonth: 7,
      meetingReminderMinutes: [1440, 60],
      frameworkReviewedAt: null,
      calendarReviewedAt: null,
    });

    await withTenant(handle.db, created.districtId, async (tx) => {
      const stages = await tx
        .select({ title: stage.title })
        .from(stage)
        .orderBy(asc(stage.position));
      expect(stages.map((s) => s.title)).toEqual([stage1.title, stage2.title, stage3.title]);
      expect(await tx.$count(micropdSession)).toBe(
        stage1.sessions.length + stage2.sessions.length + stage3.sessions.length,
      );
      expect(await tx.$count(indicator)).toBe(indicators.length);
      expect(await tx.$count(protocol)).toBe(defaultProtocols.length);
      expect(await tx.$count(observationLevel)).toBe(4);
      const breaks = await tx.select({ name: schoolHoliday.name }).from(schoolHoliday);
      expect(breaks.map((b) => b.name).sort()).toEqual(["Spring break", "Winter break"]);
      expect(await tx.$count(school)).toBe(0);

      const people = await tx.select().from(person);
      expect(people).toEqual([
        expect.objectContaining({
          displayName: "Ana Ruiz",
          email: "ana@riverside.example",
          userId: null,
        }),
      ]);
      const roles = await tx
        .select({ role: roleMembership.role, schoolId: roleMembership.schoolId })
        .from(roleMembership);
      expect(roles).toEqual([{ role: "district_admin", schoolId: null }]);
    });
    // Invited, not signed up: no sign-in exists until the admin sets a password.
    expect(await handle.db.$count(user, eq(user.email, "ana@riverside.example"))).toBe(0);
  });

  test("with a password hash, its admin can sign in with that password", async () => {
    const created = await handle.db.transaction(async (tx) =>
      createDistrict(
        tx,
        input({
          slug: "lakeside",
          admin: { displayName: "Lee Park", email: "lee@lakeside.example" },
          adminPasswordHash: await hashPassword("a password long enough"),
        }),
      ),
    );
    expect(created.ok).toBe(true);
    const [login] = await handle.db
      .select({ hash: account.password })
      .from(account)
      .innerJoin(user, eq(user.id, account.userId))
      .where(eq(user.email, "lee@lakeside.example"));
    expect(
      await verifyPassword({ hash: login?.hash ?? "", password: "a password long enough" }),
    ).toBe(true);
  });

  test("refuses a taken slug or an email that already signs in, and writes nothing", async () => {
    const before = await handle.db.$count(district);
    const slug = await handle.db.transaction((tx) =>
      createDistrict(tx, input({ admin: { displayName: "X", email: "x@new.example" } })),
    );
    expect(slug).toEqual({ ok: false, problem: "slug_taken" });
    const email = await handle.db.transaction((tx) =>
      createDistrict(
        tx,
        input({ slug: "elsewhere", admin: { displayName: "Lee", email: "lee@lakeside.example" } }),
      ),
    );
    expect(email).toEqual({ ok: false, problem: "email_taken" });
    // Ana was invited in the first district and has no sign-in yet: still hers.
    const invited = await handle.db.transaction((tx) =>
      createDistrict(
        tx,
        input({ slug: "third", admin: { displayName: "Ana", email: "ANA@riverside.example" } }),
      ),
    );
    expect(invited).toEqual({ ok: false, problem: "email_taken" });
    expect(await handle.db.$count(district)).toBe(before);
  });
});
