import { alias } from "drizzle-orm/pg-core";
import { actionPlan, actionStep, person } from "../../schema/index.ts";
import { tenantJoin } from "../sql/same-district-joins.ts";

/*
 * A commitment is an action step made at a meeting; it belongs to the owner of the plan it is
 * on. The meeting room lists a meeting's commitments and the check-in lists earlier ones: both
 * name the step and its owner the same way.
 */

/** The person whose plan holds the step. */
export const commitmentOwner = alias(person, "owner");

/** From an action plan to its owner (`commitmentOwner`). */
export const ownerOfPlan = tenantJoin(commitmentOwner, actionPlan, actionPlan.personId);

/** A commitment: the step, what it says, when it is due, and whose it is. */
export const commitmentColumns = {
  actionStepId: actionStep.id,
  personId: commitmentOwner.id,
  personName: commitmentOwner.displayName,
  description: actionStep.description,
  dueOn: actionStep.dueOn,
  status: actionStep.status,
};
