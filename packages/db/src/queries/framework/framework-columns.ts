import { indicator, micropdSession, stage } from "../../schema/index.ts";

/*
 * The framework as every screen lists it. Teachers, the stage page and the framework editor
 * select the same fields of a stage and of its sessions; each adds what only it needs.
 */

/** A stage: its place in the framework, what it is and its completion rule. */
export const stageColumns = {
  id: stage.id,
  position: stage.position,
  title: stage.title,
  summary: stage.summary,
  meetingsRequired: stage.meetingsRequired,
  requiresConfirmation: stage.requiresConfirmation,
};

/** A MicroPD session as a stage's list of sessions shows it. */
export const sessionColumns = {
  id: micropdSession.id,
  position: micropdSession.position,
  title: micropdSession.title,
  summary: micropdSession.summary,
  estimatedMinutes: micropdSession.estimatedMinutes,
};

/** An indicator as pickers, plans and sessions name it. */
export const indicatorColumns = {
  id: indicator.id,
  code: indicator.code,
  title: indicator.title,
};
