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

/** A stage as a heading or a choice names it: its place in the framework and its title. */
export const stageNameColumns = { id: stage.id, position: stage.position, title: stage.title };

/** A stage as the stage-order rules take it: its name and the program its position counts in. */
export const stageOrderColumns = { ...stageNameColumns, programId: stage.programId };

/** Where a row's stage page is, for a link from a flat row (a step, a comment). */
export const stageLinkColumns = { stageId: stage.id, stagePosition: stage.position };

/** The same with the stage's title, for a flat row that belongs to a stage (a plan, an enrolment). */
export const rowStageColumns = { ...stageLinkColumns, stageTitle: stage.title };

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
