import { describe, expect, it } from "vitest";
import type { Role } from "../enums.ts";
import { type AppName, appAccess } from "./app-access.ts";

const denied = {
  teacher: "This app is for teachers.",
  coach: "This app is for coaches and teacher leaders who facilitate a team.",
  admin: "This app is for principals and district staff.",
} as const;

describe("appAccess", () => {
  it.each<[AppName, Role[], boolean, boolean]>([
    ["teacher", ["teacher"], false, true],
    ["teacher", ["coach", "teacher"], false, true],
    ["teacher", ["teacher"], true, true],
    ["teacher", ["coach"], false, false],
    ["teacher", ["principal"], false, false],
    ["teacher", ["district_admin"], false, false],
    ["teacher", [], false, false],
    ["coach", ["coach"], false, true],
    ["coach", ["teacher"], true, true],
    ["coach", [], true, true],
    ["coach", ["teacher"], false, false],
    ["coach", ["principal", "district_admin"], false, false],
    ["admin", ["principal"], false, true],
    ["admin", ["district_admin"], false, true],
    ["admin", ["teacher", "principal"], false, true],
    ["admin", ["coach"], true, false],
    ["admin", ["teacher"], false, false],
    ["admin", [], false, false],
  ])("%s app, roles %j, facilitates a team: %s → allowed %s", (app, roles, facilitatesTeam, ok) => {
    const access = appAccess(app, { roles, facilitatesTeam });
    expect(access).toEqual(ok ? { allowed: true } : { allowed: false, message: denied[app] });
  });
});
