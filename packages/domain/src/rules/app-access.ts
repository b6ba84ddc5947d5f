import type { Role } from "../enums.ts";
import { type AppAccess, type AppName, appDecision } from "./access-scope.ts";

export type { AppName } from "./access-scope.ts";

interface AppAccessFacts {
  roles: readonly Role[];
  /** The person facilitates at least one team, as teacher leaders may. */
  facilitatesTeam: boolean;
  /** Enrolled in a cohort as a learner, whatever their roles. */
  learner?: boolean;
}

/**
 * Who may open which app: each app admits one role tier of the access rules
 * (`access-scope.ts`), the same tiers the API's procedures are gated on.
 */
export function appAccess(app: AppName, facts: AppAccessFacts): AppAccess {
  return appDecision(app, facts);
}
