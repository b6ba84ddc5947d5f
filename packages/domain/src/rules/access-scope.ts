import type { Role } from "../enums.ts";

/*
 * The rules of access in one place: from the roles a person holds to what they may open and
 * administer. The API computes this once per request (`ctx.scope`), its role-tier procedures and
 * school checks read it, and `viewer.me` hands the app decisions to the apps' gates, so the
 * server and the apps cannot disagree about who a page is for.
 */

/** The role tiers procedures are gated on. */
export type AccessTier =
  /**
   * Teachers (coaches and leaders who also teach hold the teacher role too), and anyone enrolled
   * in a cohort as a learner (a principal in a leadership cohort: "learner first, leader second").
   */
  | "teacher"
  /** Coaches, and teacher leaders who facilitate a team (distributed leadership). */
  | "coach"
  /** Principals (of their schools) and district staff. */
  | "admin"
  /** District staff only: settings and data of the whole district. */
  | "districtAdmin"
  /** Everyone who runs professional learning: coaches, facilitators, principals, district staff. */
  | "staff"
  /**
   * Who may review micro-credentials (once certified or named lead, per credential): the staff,
   * and a partner district's certified reviewer accepted here, who does nothing else here.
   */
  | "reviewer";

const accessTiers: readonly AccessTier[] = [
  "teacher",
  "coach",
  "admin",
  "districtAdmin",
  "staff",
  "reviewer",
];

export type AppName = "teacher" | "coach" | "admin";

/** `reviewsOnly`: the app's review pages are all the person may use in it (a partner's reviewer). */
export type AppAccess = { allowed: true; reviewsOnly?: true } | { allowed: false; message: string };

interface AccessFacts {
  roles: readonly { role: Role; schoolId: string | null }[];
  /** The teams the person facilitates, as teacher leaders and coaches may. */
  ledTeamIds: readonly string[];
  /** Enrolled in a cohort, whatever their roles. */
  learner?: boolean;
  /** Reviews micro-credentials here for a partner district, and holds no role here for it. */
  partnerReviewer?: boolean;
}

/** Which schools a viewer administers: every school of the district, or the ones they lead. */
export type SchoolReach = "all" | readonly string[];

export interface AccessScope {
  roles: readonly Role[];
  districtAdmin: boolean;
  /** Schools the viewer administers (people, teams, cohorts, dashboards, walkthroughs). */
  schools: SchoolReach;
  ledTeamIds: readonly string[];
  facilitatesTeam: boolean;
  /** May they review micro-credentials (once certified or named lead, per credential)? */
  reviewer: boolean;
  tiers: Record<AccessTier, boolean>;
  apps: Record<AppName, AppAccess>;
}

type TierFacts = {
  roles: readonly Role[];
  facilitatesTeam: boolean;
  learner?: boolean;
  partnerReviewer?: boolean;
};

const holdsAny = (roles: readonly Role[], wanted: readonly Role[]) =>
  roles.some((role) => wanted.includes(role));

const tierAdmits: Record<AccessTier, (facts: TierFacts) => boolean> = {
  teacher: ({ roles, learner }) => roles.includes("teacher") || learner === true,
  // Facilitating is a role a person takes on, not a separate kind of user.
  coach: ({ roles, facilitatesTeam }) => roles.includes("coach") || facilitatesTeam,
  admin: ({ roles }) => holdsAny(roles, ["principal", "district_admin"]),
  districtAdmin: ({ roles }) => roles.includes("district_admin"),
  staff: ({ roles, facilitatesTeam }) =>
    facilitatesTeam || holdsAny(roles, ["coach", "principal", "district_admin"]),
  reviewer: (facts) => tierAdmits.staff(facts) || facts.partnerReviewer === true,
};

/** What a person turned away by a tier is told. */
export const tierRefusals: Record<AccessTier, string> = {
  teacher: "This is for teachers.",
  coach: "This is for coaches and facilitators.",
  admin: "This is for principals and district staff.",
  districtAdmin: "Only district administrators can do this.",
  staff: "This is for coaches, facilitators, principals and district staff.",
  reviewer: "This is for micro-credential reviewers.",
};

/** Each app admits one tier. */
const appTiers: Record<AppName, AccessTier> = {
  teacher: "teacher",
  coach: "coach",
  admin: "admin",
};

const appRefusals: Record<AppName, string> = {
  teacher: "This app is for teachers.",
  coach: "This app is for coaches and teacher leaders who facilitate a team.",
  admin: "This app is for principals and district staff.",
};

/** Whether facts about a person admit them to a tier. */
function admitsTier(tier: AccessTier, facts: TierFacts): boolean {
  return tierAdmits[tier](facts);
}

/** Who may open which app. Each app shows the denial message to people it does not admit. */
export function appDecision(app: AppName, facts: TierFacts): AppAccess {
  if (admitsTier(appTiers[app], facts)) return { allowed: true };
  // A partner's reviewer opens the coach app for its review pages, and nothing else in it.
  if (app === "coach" && facts.partnerReviewer === true) {
    return { allowed: true, reviewsOnly: true };
  }
  return { allowed: false, message: appRefusals[app] };
}

/** The viewer's capabilities, computed once from their roles and the teams they lead. */
export function accessScopeOf(facts: AccessFacts): AccessScope {
  const roles = [...new Set(facts.roles.map((membership) => membership.role))];
  const tierFacts = {
    roles,
    facilitatesTeam: facts.ledTeamIds.length > 0,
    learner: facts.learner === true,
    partnerReviewer: facts.partnerReviewer === true,
  };
  const districtAdmin = roles.includes("district_admin");
  const led = facts.roles.flatMap((membership) =>
    membership.role === "principal" && membership.schoolId ? [membership.schoolId] : [],
  );
  const tiers = Object.fromEntries(
    accessTiers.map((tier) => [tier, admitsTier(tier, tierFacts)]),
  ) as Record<AccessTier, boolean>;
  return {
    roles,
    districtAdmin,
    schools: districtAdmin ? "all" : [...new Set(led)],
    ledTeamIds: facts.ledTeamIds,
    facilitatesTeam: tierFacts.facilitatesTeam,
    reviewer: tiers.reviewer,
    tiers,
    apps: {
      teacher: appDecision("teacher", tierFacts),
      coach: appDecision("coach", tierFacts),
      admin: appDecision("admin", tierFacts),
    },
  };
}

/** Does the viewer administer this school? */
export function administersSchool(reach: SchoolReach, schoolId: string): boolean {
  return reach === "all" || reach.includes(schoolId);
}

/** Does the viewer administer any of these schools (e.g. the schools of a teacher)? */
export function administersAnyOf(reach: SchoolReach, schoolIds: readonly string[]): boolean {
  return schoolIds.some((schoolId) => administersSchool(reach, schoolId));
}

/** A role the viewer may give or take away: district-wide roles need a district admin. */
export function mayGrantRole(
  reach: SchoolReach,
  role: { role: Role; schoolId: string | null },
): boolean {
  if (reach === "all") return true;
  return role.role !== "district_admin" && role.schoolId !== null && reach.includes(role.schoolId);
}
