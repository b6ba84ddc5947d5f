import type { Role } from "../enums.ts";

export type AppName = "teacher" | "coach" | "admin";

export type AppAccess = { allowed: true } | { allowed: false; message: string };

export interface AppAccessFacts {
  roles: readonly Role[];
  /** The person facilitates at least one team, as teacher leaders may. */
  facilitatesTeam: boolean;
}

const deniedMessages: Record<AppName, string> = {
  teacher: "This app is for teachers.",
  coach: "This app is for coaches and teacher leaders who facilitate a team.",
  admin: "This app is for principals and district staff.",
};

const admits: Record<AppName, (facts: AppAccessFacts) => boolean> = {
  // Coaches and leaders who also teach hold the teacher role too.
  teacher: ({ roles }) => roles.includes("teacher"),
  // Facilitating is a role a person takes on, not a separate kind of user.
  coach: ({ roles, facilitatesTeam }) => roles.includes("coach") || facilitatesTeam,
  admin: ({ roles }) => roles.includes("principal") || roles.includes("district_admin"),
};

/** Who may open which app. Each app shows the denial message to people it does not admit. */
export function appAccess(app: AppName, facts: AppAccessFacts): AppAccess {
  return admits[app](facts) ? { allowed: true } : { allowed: false, message: deniedMessages[app] };
}
