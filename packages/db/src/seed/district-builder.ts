import { randomUUID } from "node:crypto";
import type { ReleaseMode, Role, TeamKind } from "@throughline/domain/enums";
import type { district as districtTable } from "../schema/index.ts";
import { addActionPlanRows, type SeedActionPlan } from "./action-plan-rows.ts";
import { demoAfterLesson } from "./after-lesson.ts";
import {
  addDefaultHolidays,
  addDefaultObservationScale,
  addDefaultProtocols,
  type BuiltProtocolStep,
} from "./district-defaults.ts";
import type { IndicatorContent, StageContent } from "./framework/types.ts";
import { addMeetingRows, type SeedMeeting } from "./meeting-rows.ts";
import { addDefaultInductionChecklist } from "./mentoring.ts";
import { type DistrictRows, emptyTenantRows } from "./rows.ts";
import { SchoolCalendar } from "./school-calendar.ts";

/** Every district starts with one program: the staged path the product has always had. */
const defaultProgram = {
  title: "Instructional framework",
  summary: "The district's staged path through its instructional framework.",
};

export interface BuiltStage {
  id: string;
  programId: string;
  position: number;
  sessionIds: string[];
}

/**
 * Collects one district's rows with ids made up front, so the seed scripts read as a story
 * ("this teacher finished three sessions") rather than as insert statements.
 */
export class DistrictBuilder {
  readonly districtId = randomUUID();
  private readonly rows: DistrictRows;
  /** The default protocols' steps by protocol name, for building agendas. */
  private readonly protocolSteps: Map<string, BuiltProtocolStep[]>;
  /** The district's school days in its time zone, so seeded events fall when schools are open. */
  readonly calendar: SchoolCalendar;
  private teamsWithMeetings = 0;
  /** Per session id, what a demo teacher planned before the lesson it asks about afterwards. */
  private readonly demoPlans = new Map<string, string>();
  /** Indicator ids by code, for the sessions of every program. */
  private readonly indicatorIds = new Map<string, string>();

  constructor(
    /** Name and slug, and any setting that differs from the column defaults. */
    district: Omit<typeof districtTable.$inferInsert, "id">,
    /**
     * One password hash shared by every login the builder makes (the demo password); null
     * makes people without a sign-in, who set their own password from an invite.
     */
    private readonly passwordHash: string | null,
    /** The moment the demo's dates are relative to. */
    now: Date,
  ) {
    this.rows = {
      district: { id: this.districtId, ...district },
      users: [],
      accounts: [],
      tenant: emptyTenantRows(),
    };
    this.protocolSteps = addDefaultProtocols(this.rows.tenant, this.districtId);
    addDefaultObservationScale(this.rows.tenant, this.districtId);
    addDefaultHolidays(this.rows.tenant, this.districtId, now);
    addDefaultInductionChecklist(this.rows.tenant, this.districtId);
    this.calendar = new SchoolCalendar(
      district.timeZone ?? "America/Chicago",
      this.rows.tenant.schoolHolidays,
    );
  }

  /** 0, 1, 2 … for each team given meetings, so no two teams meet at the same moment. */
  nextMeetingSlot(): number {
    return this.teamsWithMeetings++;
  }

  build(): DistrictRows {
    return this.rows;
  }

  school(name: string): string {
    const id = randomUUID();
    this.rows.tenant.schools.push({ districtId: this.districtId, id, name });
    return id;
  }

  /**
   * A person and their roles; with a password hash, also a credential login (email + that
   * password), otherwise no sign-in yet.
   */
  person(input: {
    displayName: string;
    email: string;
    roles: { role: Role; schoolId: string | null }[];
  }): string {
    const userId = this.passwordHash === null ? null : this.login(input, this.passwordHash);
    const personId = randomUUID();
    this.rows.tenant.persons.push({
      districtId: this.districtId,
      id: personId,
      displayName: input.displayName,
      email: input.email,
      userId,
    });
    for (const { role, schoolId } of input.roles) {
      this.rows.tenant.roleMemberships.push({
        districtId: this.districtId,
        id: randomUUID(),
        personId,
        role,
        schoolId,
      });
    }
    return personId;
  }

  /** A Better Auth user with an email + password account: provider "credential", account id = user id. */
  private login(who: { displayName: string; email: string }, passwordHash: string): string {
    const userId = randomUUID();
    this.rows.users.push({
      id: userId,
      name: who.displayName,
      email: who.email,
      emailVerified: true,
    });
    this.rows.accounts.push({
      id: randomUUID(),
      accountId: userId,
      providerId: "credential",
      userId,
      password: passwordHash,
    });
    return userId;
  }

  team(input: {
    schoolId: string;
    name: string;
    kind: TeamKind;
    facilitatorId: string | null;
    memberIds: string[];
  }): string {
    const id = randomUUID();
    const { memberIds, ...team } = input;
    this.rows.tenant.teams.push({ districtId: this.districtId, id, ...team });
    for (const personId of memberIds) {
      this.rows.tenant.teamMembers.push({
        districtId: this.districtId,
        id: randomUUID(),
        teamId: id,
        personId,
      });
    }
    return id;
  }

  /**
   * Indicators and the district's first program, "Instructional framework", with its stages,
   * sessions, their content blocks and indicator links.
   */
  framework(indicators: IndicatorContent[], stages: StageContent[]): BuiltStage[] {
    for (const indicator of indicators) {
      const id = randomUUID();
      this.indicatorIds.set(indicator.code, id);
      this.rows.tenant.indicators.push({ districtId: this.districtId, id, ...indicator });
    }
    return this.program(defaultProgram, stages);
  }

  /** A program after the ones built so far, with its stages (numbered from 1 inside it). */
  program(content: { title: string; summary: string }, stages: StageContent[]): BuiltStage[] {
    const programId = randomUUID();
    this.rows.tenant.programs.push({
      districtId: this.districtId,
      id: programId,
      position: this.rows.tenant.programs.length + 1,
      ...content,
    });
    return stages.map((stageContent, stageIndex) =>
      this.stage(programId, stageIndex + 1, stageContent),
    );
  }

  private stage(programId: string, position: number, content: StageContent): BuiltStage {
    const stageId = randomUUID();
    const { sessions, ...stage } = content;
    this.rows.tenant.stages.push({
      districtId: this.districtId,
      id: stageId,
      programId,
      position,
      ...stage,
    });
    const sessionIds = sessions.map((session, sessionIndex) => {
      const sessionId = randomUUID();
      const { blocks, indicatorCodes, demoPlan, ...fields } = session;
      if (demoPlan) this.demoPlans.set(sessionId, demoPlan);
      this.rows.tenant.sessions.push({
        districtId: this.districtId,
        id: sessionId,
        stageId,
        position: sessionIndex + 1,
        ...fields,
      });
      blocks.forEach(({ kind, ...body }, blockIndex) => {
        this.rows.tenant.contentBlocks.push({
          districtId: this.districtId,
          id: randomUUID(),
          sessionId,
          position: blockIndex + 1,
          kind,
          body,
        });
      });
      for (const code of indicatorCodes) {
        const indicatorId = this.indicatorIds.get(code);
        if (!indicatorId) throw new Error(`Seed content names an unknown indicator ${code}.`);
        this.rows.tenant.sessionIndicators.push({
          districtId: this.districtId,
          id: randomUUID(),
          sessionId,
          indicatorId,
        });
      }
      return sessionId;
    });
    return { id: stageId, programId, position, sessionIds };
  }

  /** The program is required of everyone holding `role`, in one school or (null) everywhere. */
  requireProgram(programId: string, role: Role, schoolId: string | null): void {
    this.rows.tenant.programRequirements.push({
      districtId: this.districtId,
      id: randomUUID(),
      programId,
      role,
      schoolId,
    });
  }

  /** A cohort; a dated cohort gets one release date per session of its stage. */
  cohort(input: {
    schoolId: string;
    stage: BuiltStage;
    name: string;
    schoolYear: string;
    coachId: string | null;
    releaseMode: ReleaseMode;
    workshop: { startsAt: Date; location: string; description: string };
    releaseDates?: Date[];
  }): string {
    const id = randomUUID();
    this.rows.tenant.cohorts.push({
      districtId: this.districtId,
      id,
      schoolId: input.schoolId,
      stageId: input.stage.id,
      name: input.name,
      schoolYear: input.schoolYear,
      coachId: input.coachId,
      releaseMode: input.releaseMode,
      workshopStartsAt: input.workshop.startsAt,
      workshopLocation: input.workshop.location,
      workshopDescription: input.workshop.description,
    });
    input.releaseDates?.forEach((releasesAt, index) => {
      const sessionId = input.stage.sessionIds[index];
      if (!sessionId) return;
      this.rows.tenant.sessionReleases.push({
        districtId: this.districtId,
        id: randomUUID(),
        cohortId: id,
        sessionId,
        releasesAt,
      });
    });
    return id;
  }

  enrol(input: {
    cohortId: string;
    personId: string;
    enrolledAt: Date;
    workshopAttended: boolean;
    confirmedAt?: Date | null;
    withdrawn?: boolean;
    /** Placed past the stage order (the earlier stages done before the district joined). */
    stageOverride?: { byId: string; at: Date; reason: string };
  }): void {
    this.rows.tenant.enrolments.push({
      districtId: this.districtId,
      id: randomUUID(),
      cohortId: input.cohortId,
      personId: input.personId,
      status: input.withdrawn ? "withdrawn" : "active",
      enrolledAt: input.enrolledAt,
      workshopAttended: input.workshopAttended,
      confirmedAt: input.confirmedAt ?? null,
      stageOverrideById: input.stageOverride?.byId ?? null,
      stageOverrideAt: input.stageOverride?.at ?? null,
      stageOverrideReason: input.stageOverride?.reason ?? null,
    });
  }

  /** A session a teacher finished (with reflection) or is part-way through (no completedAt). */
  progress(input: {
    personId: string;
    sessionId: string;
    currentBlock: number;
    /** When the teacher opened the session (the row's creation). */
    openedAt: Date;
    completedAt: Date | null;
    reflection: string | null;
  }): void {
    // A completed session credits its length to the teacher's PD hours, as completing one in the app does.
    const session = this.rows.tenant.sessions.find((row) => row.id === input.sessionId);
    const creditedMinutes = input.completedAt ? (session?.estimatedMinutes ?? null) : null;
    const { openedAt, ...rest } = input;
    this.rows.tenant.progress.push({
      districtId: this.districtId,
      id: randomUUID(),
      ...rest,
      ...demoAfterLesson(this.demoPlans.get(input.sessionId), input),
      createdAt: openedAt,
      creditedMinutes,
    });
  }

  meeting(input: SeedMeeting): string {
    return addMeetingRows(this.rows.tenant, this.districtId, this.protocolSteps, input);
  }

  actionPlan(input: SeedActionPlan): void {
    addActionPlanRows(this.rows.tenant, this.districtId, input);
  }
}
