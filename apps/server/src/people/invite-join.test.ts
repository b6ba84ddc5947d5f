import { beforeAll, describe, expect, it } from "vitest";
import { cookieOf, postForm, signInWithPassword } from "../testing/app-requests.ts";
import { testServerPerFile } from "../testing/test-server-per-file.ts";

/*
 * A sign-in in two districts: Cedar Ridge's coach is invited by Maple Valley, adds it to the
 * sign-in they have, and then chooses which district a session opens.
 */

const { api, app } = testServerPerFile();
const REGIONAL = "coach@cedarridge.test";
let elementaryId: string;

beforeAll(async () => {
  const options = await (await api.callerFor("admin@maplevalley.test")).peopleAdmin.options();
  elementaryId = options.schools.find((s) => s.name === "Maple Valley Elementary")?.id ?? "";
});

/** Maple Valley adds a coach with this address and invites them: the link's path. */
async function invitedToMapleValley(email: string): Promise<string> {
  const admin = await api.callerFor("admin@maplevalley.test");
  const { personId } = await admin.peopleAdmin.create({
    displayName: "Regional Coach",
    email,
    roles: [{ role: "coach", schoolId: elementaryId }],
  });
  const { url } = await admin.peopleAdmin.invite({ personId });
  return new URL(url).pathname;
}

async function trpcGet(path: string, cookie: string) {
  const response = await app.request(`/trpc/${path}`, { headers: { cookie } });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

async function trpcPost(path: string, cookie: string, json: unknown) {
  const response = await app.request(`/trpc/${path}`, {
    method: "POST",
    headers: { cookie, "content-type": "application/json" },
    body: JSON.stringify({ json }),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

const dataOf = (body: Record<string, unknown>) =>
  (body.result as { data: { json: unknown } }).data.json;

describe("an invitation to someone already signed in with the address", () => {
  it("adds the district to their sign-in; the session then chooses between the two", async () => {
    const path = await invitedToMapleValley(REGIONAL);
    const cookie = cookieOf(await signInWithPassword(app, REGIONAL, "throughline-demo"));

    const page = await app.request(path, { headers: { cookie } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("Add Maple Valley Unified to your sign-in");
    expect(html).not.toContain('name="password"');

    const joined = await postForm(app, `${path}/join`, {}, { cookie });
    expect(joined.status).toBe(200);
    expect(await joined.text()).toContain("Maple Valley Unified is added to your sign-in");

    // The link is used up.
    expect((await postForm(app, `${path}/join`, {}, { cookie })).status).toBe(404);

    const me = await trpcGet("viewer.me", cookie);
    expect(me.status).toBe(412);
    const districts = dataOf((await trpcGet("account.districts", cookie)).body) as {
      current: string | null;
      districts: { id: string; name: string }[];
    };
    expect(districts.current).toBeNull();
    expect(districts.districts.map((d) => d.name)).toEqual([
      "Cedar Ridge Schools",
      "Maple Valley Unified",
    ]);
    const maple = districts.districts.find((d) => d.name === "Maple Valley Unified");
    const cedar = districts.districts.find((d) => d.name === "Cedar Ridge Schools");

    expect(
      (await trpcPost("account.chooseDistrict", cookie, { districtId: maple?.id })).status,
    ).toBe(200);
    const inMaple = dataOf((await trpcGet("viewer.me", cookie)).body) as {
      district: { name: string };
      access: { coach: { allowed: boolean } };
    };
    expect(inMaple.district.name).toBe("Maple Valley Unified");
    expect(inMaple.access.coach.allowed).toBe(true);

    expect(
      (await trpcPost("account.chooseDistrict", cookie, { districtId: cedar?.id })).status,
    ).toBe(200);
    const inCedar = dataOf((await trpcGet("viewer.me", cookie)).body) as {
      district: { name: string };
    };
    expect(inCedar.district.name).toBe("Cedar Ridge Schools");
  });

  it("shows someone signed in with another address the password form, and refuses them the join", async () => {
    const path = await invitedToMapleValley("someone.else@elsewhere.test");
    const cookie = cookieOf(await signInWithPassword(app, REGIONAL, "throughline-demo"));
    const page = await (await app.request(path, { headers: { cookie } })).text();
    expect(page).toContain('name="password"');
    expect((await postForm(app, `${path}/join`, {}, { cookie })).status).toBe(404);
    expect((await postForm(app, `${path}/join`, {})).status).toBe(404);
  });

  it("cannot open a district the sign-in has no person in", async () => {
    const cookie = cookieOf(
      await signInWithPassword(app, "teacher@maplevalley.test", "throughline-demo"),
    );
    const regional = cookieOf(await signInWithPassword(app, REGIONAL, "throughline-demo"));
    const { districts } = dataOf((await trpcGet("account.districts", regional)).body) as {
      districts: { id: string; name: string }[];
    };
    const cedarId = districts.find((d) => d.name === "Cedar Ridge Schools")?.id;
    const refused = await trpcPost("account.chooseDistrict", cookie, { districtId: cedarId });
    expect(refused.status).toBe(404);
    const me = dataOf((await trpcGet("viewer.me", cookie)).body) as { district: { name: string } };
    expect(me.district.name).toBe("Maple Valley Unified");
  });
});
