import { beforeAll, describe, expect, it } from "vitest";
import { signInWithPassword } from "../testing/app-requests.ts";
import { testServerPerFile } from "../testing/test-server-per-file.ts";

/*
 * A district admin learns nothing about other districts' people from an email address: adding,
 * editing and inviting a person whose address signs in elsewhere answers exactly as for a fresh
 * address, and the other district's sign-in is left as it was.
 */

const ELSEWHERE = "coach@cedarridge.test";
const DEMO_PASSWORD = "throughline-demo";

let elementaryId: string;

const { api, app } = testServerPerFile();

beforeAll(async () => {
  const options = await (await api.callerFor("admin@maplevalley.test")).peopleAdmin.options();
  elementaryId = options.schools.find((s) => s.name === "Maple Valley Elementary")?.id ?? "";
});

async function adminCaller() {
  return api.callerFor("admin@maplevalley.test");
}

async function addTeacher(email: string) {
  const admin = await adminCaller();
  return admin.peopleAdmin.create({
    displayName: "Same Name",
    email,
    roles: [{ role: "teacher", schoolId: elementaryId }],
  });
}

async function acceptInvite(personId: string, password: string) {
  const { url } = await (await adminCaller()).peopleAdmin.invite({ personId });
  const path = new URL(url).pathname;
  const form = await app.request(path);
  const done = await app.request(path, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ password, confirmPassword: password }).toString(),
  });
  return { form, done, html: await done.text(), again: await app.request(path) };
}

describe("an address that signs in to another district", () => {
  // Runs first: the address is free in the admin's district until the next test adds it.
  it("is accepted when a person who signs in is given it, and their sign-in keeps its address", async () => {
    const admin = await adminCaller();
    const { personId } = await addTeacher("renamed.teacher@maplevalley.test");
    const password = "renamed teacher password";
    await acceptInvite(personId, password);

    const roles = [{ role: "teacher" as const, schoolId: elementaryId }];
    const moved = await admin.peopleAdmin.update({
      personId,
      displayName: "Renamed Teacher",
      email: ELSEWHERE,
      roles,
    });
    expect(moved.email).toBe(ELSEWHERE);
    // The other district's sign-in is untouched, and this person still signs in as before.
    expect((await signInWithPassword(app, ELSEWHERE, DEMO_PASSWORD)).status).toBe(200);
    expect(
      (await signInWithPassword(app, "renamed.teacher@maplevalley.test", password)).status,
    ).toBe(200);

    // A free address is followed by the sign-in, as before.
    await admin.peopleAdmin.update({
      personId,
      displayName: "Renamed Teacher",
      email: "renamed.again@maplevalley.test",
      roles,
    });
    expect((await signInWithPassword(app, "renamed.again@maplevalley.test", password)).status).toBe(
      200,
    );
  });

  it("is added and invited exactly like a fresh one, and the other sign-in stays as it was", async () => {
    const fresh = await addTeacher("fresh.address@maplevalley.test");
    const taken = await addTeacher(ELSEWHERE);
    expect(Object.keys(taken)).toEqual(Object.keys(fresh));

    const password = "a password the admin chose";
    const freshInvite = await acceptInvite(fresh.personId, password);
    const takenInvite = await acceptInvite(taken.personId, password);
    expect(takenInvite.form.status).toBe(freshInvite.form.status);
    expect(takenInvite.done.status).toBe(200);
    expect(freshInvite.done.status).toBe(200);
    // The same page, word for word, but for the address it names.
    expect(takenInvite.html.replaceAll(ELSEWHERE, "ADDRESS")).toBe(
      freshInvite.html.replaceAll("fresh.address@maplevalley.test", "ADDRESS"),
    );
    // Both links are used up.
    expect(takenInvite.again.status).toBe(404);
    expect(freshInvite.again.status).toBe(404);

    // No second sign-in was made for the address; its own password still works.
    expect((await signInWithPassword(app, ELSEWHERE, password)).status).not.toBe(200);
    expect((await signInWithPassword(app, ELSEWHERE, DEMO_PASSWORD)).status).toBe(200);
    expect((await signInWithPassword(app, "fresh.address@maplevalley.test", password)).status).toBe(
      200,
    );
  });

  it("is still refused, naming the field, when someone in the admin's own district has it", async () => {
    const admin = await adminCaller();
    const refused = await admin.peopleAdmin
      .create({
        displayName: "Duplicate",
        email: "teacher@maplevalley.test",
        roles: [{ role: "teacher", schoolId: elementaryId }],
      })
      .then(
        () => null,
        (error: unknown) => error,
      );
    expect(String(refused)).toContain("Someone in the district already has this email");
  });
});
