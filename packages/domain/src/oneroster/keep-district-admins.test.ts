import { describe, expect, it } from "vitest";
import { KEPT_RUNNING_ADMIN, keepDistrictAdmins } from "./keep-district-admins.ts";
import type { CurrentPerson, PersonChange, RosterPlan } from "./planner.ts";

function admin(id: string, name: string): CurrentPerson {
  return {
    id,
    sourcedId: `s-${id}`,
    displayName: name,
    email: `${id}@district.test`,
    active: true,
    roles: [{ id: `role-${id}`, role: "district_admin", schoolId: null }],
  };
}

function deactivation(person: CurrentPerson): PersonChange {
  return {
    id: person.id,
    kind: "deactivate",
    displayName: person.displayName,
    email: person.email,
    active: false,
    addRoles: [],
    removeRoleIds: [],
  };
}

function planOf(changes: PersonChange[]): RosterPlan {
  const deactivate = changes.filter((change) => change.kind === "deactivate").length;
  return {
    createSchools: [],
    updateSchools: [],
    createPeople: [],
    changePeople: changes,
    timetable: { createSlots: [], removeSlotIds: [] },
    counts: {
      schools: { create: 0, update: 0, unchanged: 0 },
      people: {
        create: 0,
        update: changes.length - deactivate,
        deactivate,
        unchanged: 0,
        skipped: 0,
      },
      timetableSlots: { add: 0, remove: 0 },
    },
    notes: [],
  };
}

describe("keepDistrictAdmins", () => {
  it("keeps the running admin's role and sign-in, and lets the roster demote another admin", () => {
    const ana = admin("ana", "Ana Diaz");
    const ben = admin("ben", "Ben Cho");
    const plan = planOf([
      { ...deactivation(ana), kind: "update", active: true, removeRoleIds: ["role-ana"] },
      deactivation(ben),
    ]);
    const kept = keepDistrictAdmins(plan, { schools: [], people: [ana, ben] }, "ana");
    expect(kept).toEqual([KEPT_RUNNING_ADMIN]);
    expect(plan.changePeople.map((change) => change.id)).toEqual(["ben"]);
    expect(plan.counts.people).toMatchObject({ update: 0, deactivate: 1, unchanged: 1 });
  });

  it("without a running admin, keeps the admins rather than leave the district with none", () => {
    const ana = admin("ana", "Ana Diaz");
    const plan = planOf([{ ...deactivation(ana), displayName: "Ana Díaz" }]);
    const kept = keepDistrictAdmins(plan, { schools: [], people: [ana] }, null);
    expect(kept).toEqual([
      "Kept: Ana Diaz stays an active district admin, so the district is not left without one.",
    ]);
    // The rest of the roster's change (the name) still applies.
    expect(plan.changePeople).toEqual([
      expect.objectContaining({ id: "ana", kind: "update", active: true, displayName: "Ana Díaz" }),
    ]);
    expect(plan.counts.people).toMatchObject({ update: 1, deactivate: 0 });
  });

  it("changes nothing while another active admin remains", () => {
    const ana = admin("ana", "Ana Diaz");
    const ben = admin("ben", "Ben Cho");
    const plan = planOf([deactivation(ana)]);
    expect(keepDistrictAdmins(plan, { schools: [], people: [ana, ben] }, null)).toEqual([]);
    expect(plan.counts.people.deactivate).toBe(1);
  });
});
