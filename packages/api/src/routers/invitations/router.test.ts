import { findOpenInvite } from "@throughline/db/queries/people/people-admin-invites";
import { withTenant } from "@throughline/db/tenant";
import { rawRows } from "@throughline/db/testing";
import { parseInviteToken } from "@throughline/domain/people-admin";
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { sendDueInvitationReminders } from "../../accounts/invitations.ts";
import { hashInviteSecret } from "../../invite-token.ts";
import { codeOf } from "../../testing/error-code.ts";
import { testApiPerFile } from "../../testing/test-api-per-file.ts";
import { type TestDistrict, type TestPerson, testDistrict } from "../../testing/test-district.ts";

const DAY_MS = 24 * 60 * 60 * 1000;

const api = testApiPerFile();
let district: TestDistrict;
let districtId: string;
let elementaryId: string;
let middleId: string;
let people: Record<"principal" | "signedInTeacher", TestPerson>;

// Two schools; the elementary school's principal and a teacher there who already signs in.
beforeAll(async () => {
  district = await testDistrict(api, { name: "Riverside Unified" });
  districtId = district.districtId;
  const elementary = await district.school();
  ({ id: elementaryId } = elementary);
  ({ id: middleId } = await district.school());
  people = {
    principal: await district.person({ role: "principal", school: elementary }),
    signedInTeacher: await district.person({ role: "teacher", school: elementary }),
  };
});

async function newTeacher(email: string, schoolId = elementaryId): Promise<string> {
  const caller = await district.callerFor(district.admin);
  const { personId } = await caller.peopleAdmin.create({
    displayName: email.split("@")[0]?.replace(".", " ") ?? email,
    email,
    roles: [{ role: "teacher", schoolId }],
  });
  return personId;
}

interface QueuedEmail {
  to_address: string;
  subject: string;
  text_body: string;
  html_body: string;
  kind: string | null;
}

async function emailsTo(address: string): Promise<QueuedEmail[]> {
  return rawRows<QueuedEmail>(
    api.db,
    sql`select to_address, subject, text_body, html_body, kind from outbox_email
        where to_address = ${address} order by created_at, id`,
  );
}

/** The invite token inside an email's link. */
function tokenIn(email: QueuedEmail | undefined): string {
  const match = email?.text_body.match(/\/invite\/([^\s]+)/);
  return match?.[1] ?? "";
}

async function linkWorks(token: string, now = new Date()): Promise<boolean> {
  const parsed = parseInviteToken(token);
  if (!parsed) return false;
  const found = await withTenant(api.db, parsed.districtId, (tx) =>
    findOpenInvite(tx, { tokenHash: hashInviteSecret(parsed.secret), now }),
  );
  return found !== null;
}

describe("emailed invitations", () => {
  it("email each chosen person a working link with the district's name and what Throughline is", async () => {
    const first = await newTeacher("lena.first@example.test");
    const second = await newTeacher("omar.second@example.test");
    const caller = await district.callerFor(district.admin);
    const before = await caller.invitations.notSignedIn();
    expect(before.singleSignOnOnly).toBe(false);
    expect(before.people.find((p) => p.id === first)).toMatchObject({
      invitedAt: null,
      remindedAt: null,
      linkExpiresAt: null,
    });

    expect(await caller.invitations.send({ to: "people", personIds: [first, second] })).toEqual({
      sent: 2,
    });
    const [email] = await emailsTo("lena.first@example.test");
    expect(email?.subject).toBe("Riverside Unified invites you to Throughline");
    expect(email?.kind).toBeNull();
    expect(email?.text_body).toContain("MicroPD");
    expect(email?.text_body).toContain("lena.first@example.test");
    expect(email?.html_body).toContain('href="http://localhost:3000/invite/');
    expect(await linkWorks(tokenIn(email))).toBe(true);
    expect(await emailsTo("omar.second@example.test")).toHaveLength(1);

    const after = await caller.invitations.notSignedIn();
    const listed = after.people.find((p) => p.id === first);
    expect(listed?.invitedAt).toBeInstanceOf(Date);
    expect(listed?.linkExpiresAt).toBeInstanceOf(Date);
    const [row] = await rawRows<{ emailed_at: Date | null }>(
      api.db,
      sql`select emailed_at from person_invite where person_id = ${first}`,
    );
    expect(row?.emailed_at).not.toBeNull();
  });

  it("invite everyone not yet invited, and nobody twice", async () => {
    const third = await newTeacher("ruth.third@example.test");
    const caller = await district.callerFor(district.admin);
    const { notInvited } = await caller.invitations.notSignedIn();
    expect(notInvited).toBeGreaterThanOrEqual(1);
    const { sent } = await caller.invitations.send({ to: "everyone_not_invited" });
    expect(sent).toBe(notInvited);
    expect(await emailsTo("ruth.third@example.test")).toHaveLength(1);
    expect(await emailsTo("lena.first@example.test")).toHaveLength(1);
    expect((await caller.invitations.notSignedIn()).notInvited).toBe(0);
    expect(third).not.toBe("");
  });

  it("leave out people a principal does not lead, and people who already sign in", async () => {
    const elsewhere = await newTeacher("paul.elsewhere@example.test", middleId);
    const signedIn = people.signedInTeacher.id;
    const principal = await district.callerFor(people.principal);
    const listed = await principal.invitations.notSignedIn();
    expect(listed.people.map((p) => p.id)).not.toContain(elsewhere);
    expect(
      await principal.invitations.send({ to: "people", personIds: [elsewhere, signedIn] }),
    ).toEqual({ sent: 0 });
    expect(await emailsTo("paul.elsewhere@example.test")).toHaveLength(0);
    expect(
      await codeOf((await district.callerFor(people.signedInTeacher)).invitations.notSignedIn()),
    ).toBe("FORBIDDEN");
  });

  it("a reminder goes once, after three days, with a fresh link that replaces the old one", async () => {
    const late = await newTeacher("nina.late@example.test");
    const caller = await district.callerFor(district.admin);
    await caller.invitations.send({ to: "people", personIds: [late] });
    const firstLink = tokenIn((await emailsTo("nina.late@example.test"))[0]);

    const remind = (now: Date) =>
      withTenant(api.db, districtId, (tx) =>
        sendDueInvitationReminders(tx, { districtId, publicUrl: "http://localhost:3000", now }),
      );
    expect(await remind(new Date(Date.now() + 2 * DAY_MS))).toBe(0);
    const later = new Date(Date.now() + 3 * DAY_MS + 60_000);
    expect(await remind(later)).toBeGreaterThanOrEqual(1);
    expect(await remind(later)).toBe(0);
    expect(await remind(new Date(Date.now() + 6 * DAY_MS))).toBe(0);

    const emails = await emailsTo("nina.late@example.test");
    expect(emails).toHaveLength(2);
    expect(emails[1]?.subject).toBe(
      "Reminder: set your password for Throughline, Riverside Unified",
    );
    const secondLink = tokenIn(emails[1]);
    expect(secondLink).not.toBe(firstLink);
    expect(await linkWorks(firstLink)).toBe(false);
    expect(await linkWorks(secondLink)).toBe(true);

    const listed = (await caller.invitations.notSignedIn()).people.find((p) => p.id === late);
    expect(listed?.remindedAt).toBeInstanceOf(Date);
    // "Invited when" stays the first invitation's time.
    expect(listed?.invitedAt?.getTime()).toBeLessThan(listed?.remindedAt?.getTime() ?? 0);
  });

  it("an admin's reminder re-sends a fresh link at once", async () => {
    const person = await newTeacher("ivy.remind@example.test");
    const caller = await district.callerFor(district.admin);
    await caller.invitations.send({ to: "people", personIds: [person] });
    expect(await caller.invitations.remind({ personIds: [person] })).toEqual({ sent: 1 });
    const [invitation, reminder] = await emailsTo("ivy.remind@example.test");
    expect(reminder?.subject).toMatch(/^Reminder: /);
    expect(await linkWorks(tokenIn(invitation))).toBe(false);
    expect(await linkWorks(tokenIn(reminder))).toBe(true);

    // Both batches are on the audit log, naming the person and never the link.
    const { entries } = await caller.auditLog.list({
      filter: { action: "person.invitations_emailed" },
    });
    const [reminded, invited] = entries;
    expect(reminded?.after).toEqual({ reminder: true, people: ["ivy remind"] });
    expect(invited?.after).toEqual({ reminder: false, people: ["ivy remind"] });
  });

  it("a district on single sign-on only needs no invitation: none is sent, not even a reminder", async () => {
    // Signed in before passwords are turned off.
    const caller = await district.callerFor(district.admin);
    await rawRows(
      api.db,
      sql`insert into sso_provider (id, issuer, provider_id, organization_id, domain)
          values ('sso-test', 'https://idp.example.org', 'maple-idp', ${districtId}, 'example.test')`,
    );
    await rawRows(
      api.db,
      sql`update district set password_sign_in = false where id = ${districtId}`,
    );
    try {
      expect((await caller.invitations.notSignedIn()).singleSignOnOnly).toBe(true);
      expect(await codeOf(caller.invitations.send({ to: "everyone_not_invited" }))).toBe(
        "CONFLICT",
      );
      const sent = await withTenant(api.db, districtId, (tx) =>
        sendDueInvitationReminders(tx, {
          districtId,
          publicUrl: "http://localhost:3000",
          now: new Date(Date.now() + 30 * DAY_MS),
        }),
      );
      expect(sent).toBe(0);
    } finally {
      await rawRows(
        api.db,
        sql`update district set password_sign_in = true where id = ${districtId}`,
      );
      await rawRows(api.db, sql`delete from sso_provider where id = 'sso-test'`);
    }
  });
});
