import { rawRows } from "@throughline/db/testing";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { appRouter } from "./root.ts";
import { demoEmail } from "./testing/demo-emails.ts";
import { refusalOf } from "./testing/field-errors.ts";
import { mapleValleySchoolIds } from "./testing/maple-valley-ids.ts";
import { testApiPerFile } from "./testing/test-api-per-file.ts";

/*
 * Input the database cannot store, or that points at nothing, answers 400 (or 409) naming the
 * field, never a 500; a body that is not a tRPC request says so without the parser's words.
 */
const UNKNOWN_ID = "6f1d3c1e-8a7b-4c2d-9e0f-112233445566";

const api = testApiPerFile();
let planId: string;
let cedarSchoolId: string;
let ownSchoolId: string;

beforeAll(async () => {
  const maria = await api.callerFor(demoEmail.teacher);
  const stageId = (await maria.teacher.home()).enrolments[0]?.stage.id ?? "";
  planId = (await maria.actionPlan.mine({ stageId })).plan?.id ?? "";
  const [cedarSchool] = await rawRows<{ id: string }>(
    api.db,
    sql`select s.id::text as id from school s join district d on d.id = s.district_id
        where d.slug = 'cedar-ridge' limit 1`,
  );
  cedarSchoolId = cedarSchool?.id ?? "";
  ownSchoolId = (await mapleValleySchoolIds(api.db)).elementaryId;
});

describe("text the database cannot hold", () => {
  it.each([
    ["a NUL byte", "a\u0000b"],
    ["a lone surrogate", "\ud800x"],
    ["an escape character", "a\u001b[31mb"],
  ])("%s in a step's description is refused naming the field", async (_, description) => {
    const maria = await api.callerFor(demoEmail.teacher);
    const refused = await refusalOf(maria.actionPlan.addStep({ planId, description }));
    expect(refused.code).toBe("BAD_REQUEST");
    expect(refused.fieldErrors?.map((error) => error.path)).toEqual(["description"]);
  });

  it("keeps line breaks, tabs, emoji and right-to-left text", async () => {
    const maria = await api.callerFor(demoEmail.teacher);
    const description = "Try it:\n\t• שלום \u200f😀 مرحبا";
    const added = await maria.actionPlan.addStep({ planId, description });
    expect(added).toBeTruthy();
  });
});

describe("ids that point at nothing", () => {
  it("a person with an unknown school in a role is refused naming that role's school", async () => {
    const admin = await api.callerFor(demoEmail.admin);
    const refused = await refusalOf(
      admin.peopleAdmin.create({
        displayName: "Nobody Anywhere",
        email: "nobody.anywhere@maplevalley.test",
        roles: [{ role: "principal", schoolId: UNKNOWN_ID }],
      }),
    );
    expect(refused).toEqual({
      code: "BAD_REQUEST",
      fieldErrors: [{ path: "roles.0.schoolId", message: expect.stringMatching(/not found/) }],
    });
  });

  it("another district's school is refused the same way, for people and teams", async () => {
    expect(cedarSchoolId).not.toBe("");
    const admin = await api.callerFor(demoEmail.admin);
    const person = await refusalOf(
      admin.peopleAdmin.create({
        displayName: "Elsewhere Person",
        email: "elsewhere.person@maplevalley.test",
        roles: [{ role: "principal", schoolId: cedarSchoolId }],
      }),
    );
    expect(person.code).toBe("BAD_REQUEST");
    expect(person.fieldErrors?.[0]?.path).toBe("roles.0.schoolId");
    const team = await refusalOf(
      admin.peopleAdmin.createTeam({
        schoolId: cedarSchoolId,
        name: "A team elsewhere",
        kind: "plc",
        facilitatorId: null,
        memberIds: [],
      }),
    );
    expect(team.code).toBe("BAD_REQUEST");
    expect(team.fieldErrors?.[0]?.path).toBe("schoolId");
  });

  it.each([
    ["an unknown school", () => UNKNOWN_ID],
    ["another district's school", () => cedarSchoolId],
  ])("editing a person's role to %s is refused naming that role's school", async (_, school) => {
    const admin = await api.callerFor(demoEmail.admin);
    const email = `edited.${school().slice(0, 8)}@maplevalley.test`;
    const { personId } = await admin.peopleAdmin.create({
      displayName: "Edited Person",
      email,
      roles: [{ role: "teacher", schoolId: ownSchoolId }],
    });
    const edit = (roles: { role: "teacher" | "principal"; schoolId: string }[]) =>
      refusalOf(admin.peopleAdmin.update({ personId, displayName: "Edited Person", email, roles }));
    const alone = await edit([{ role: "principal", schoolId: school() }]);
    expect(alone.code).toBe("BAD_REQUEST");
    expect(alone.fieldErrors?.map((error) => error.path)).toEqual(["roles.0.schoolId"]);
    // The database does not say which of two schools it could not find (row security hides
    // the key), so the answer names the roles, never the role whose school is fine.
    const second = await edit([
      { role: "teacher", schoolId: ownSchoolId },
      { role: "principal", schoolId: school() },
    ]);
    expect(second.code).toBe("BAD_REQUEST");
    expect(second.fieldErrors).toEqual([
      { path: "roles", message: "A school named here was not found in your district" },
    ]);
  });

  it.each([
    ["an unknown school", () => UNKNOWN_ID],
    ["another district's school", () => cedarSchoolId],
  ])("moving a team to %s is refused naming its school", async (_, school) => {
    const admin = await api.callerFor(demoEmail.admin);
    const { teamId } = await admin.peopleAdmin.createTeam({
      schoolId: ownSchoolId,
      name: `A team to move ${school().slice(0, 8)}`,
      kind: "plc",
      facilitatorId: null,
      memberIds: [],
    });
    const refused = await refusalOf(
      admin.peopleAdmin.updateTeam({
        teamId,
        schoolId: school(),
        name: "A team moved",
        kind: "plc",
        facilitatorId: null,
        memberIds: [],
      }),
    );
    expect(["BAD_REQUEST", "NOT_FOUND"]).toContain(refused.code);
    expect(refused.fieldErrors?.map((error) => error.path)).toEqual(["schoolId"]);
  });
});

describe("a body that is not a tRPC request", () => {
  async function post(body: string) {
    const headers = new Headers({
      cookie: await api.sessionCookieFor(demoEmail.teacher),
      "content-type": "application/json",
    });
    const response = await fetchRequestHandler({
      endpoint: "/trpc",
      req: new Request("http://localhost/trpc/actionPlan.addStep", {
        method: "POST",
        headers,
        body,
      }),
      router: appRouter,
      createContext: () => api.requestContext(headers),
    });
    return { status: response.status, text: await response.text() };
  }

  it.each([["null"], ['"text"'], ["[1,2]"], ['{"json": '], ["not json at all"]])(
    "%s answers 400 with a clear message and no parser text",
    async (body) => {
      const answer = await post(body);
      expect(answer.status).toBe(400);
      expect(answer.text).toContain("not in the form this API reads");
      expect(answer.text).not.toMatch(/destructure|Unexpected token|position \d|JSON\.parse/i);
    },
  );

  it("a query whose input in the address is not JSON is answered the same way", async () => {
    const headers = new Headers({ cookie: await api.sessionCookieFor(demoEmail.teacher) });
    const response = await fetchRequestHandler({
      endpoint: "/trpc",
      req: new Request("http://localhost/trpc/actionPlan.mine?input=%7B%22json%22%3A", { headers }),
      router: appRouter,
      createContext: () => api.requestContext(headers),
    });
    const text = await response.text();
    expect(response.status).toBe(400);
    expect(text).toContain("not in the form this API reads");
    expect(text).not.toMatch(/Unexpected|position \d|JSON\.parse/i);
  });
});
