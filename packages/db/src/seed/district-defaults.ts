import { randomUUID } from "node:crypto";
import { schoolYearFor } from "@throughline/domain/rules/school-year";
import { defaultProtocols } from "./protocols.ts";
import type { TenantRows } from "./rows.ts";

/* What every district starts with, whatever its people: the protocols and the observation scale. */

/** A protocol step as a meeting's agenda copies it. */
export interface BuiltProtocolStep {
  protocolId: string;
  title: string;
  purpose: string;
  minutes: number;
  prompts: string[];
}

/** The four-level scale every district starts with; proficient is the target. */
export function addDefaultObservationScale(rows: TenantRows, districtId: string): void {
  const levels = [
    ["Not yet observed", "The practice was not seen in this lesson."],
    ["Beginning", "The practice is tried, with parts missing."],
    ["Developing", "The practice is in place but not yet consistent or deep."],
    ["Proficient", "The practice is consistent and moves students' learning."],
  ] as const;
  levels.forEach(([label, description], rank) => {
    rows.observationLevels.push({
      districtId,
      id: randomUUID(),
      rank,
      label,
      description,
      isTarget: rank === levels.length - 1,
    });
  });
}

/** The default protocols with their steps; answers each protocol's steps by name, for agendas. */
export function addDefaultProtocols(
  rows: TenantRows,
  districtId: string,
): Map<string, BuiltProtocolStep[]> {
  const stepsByName = new Map<string, BuiltProtocolStep[]>();
  for (const protocol of defaultProtocols) {
    const protocolId = randomUUID();
    rows.protocols.push({
      districtId,
      id: protocolId,
      name: protocol.name,
      purpose: protocol.purpose,
    });
    protocol.steps.forEach((step, index) => {
      rows.protocolSteps.push({
        districtId,
        id: randomUUID(),
        protocolId,
        position: index + 1,
        ...step,
      });
    });
    stepsByName.set(
      protocol.name,
      protocol.steps.map((step) => ({ protocolId, ...step })),
    );
  }
  return stepsByName;
}

/**
 * The school year's usual breaks, for the year `today` falls in: MicroPD nudges pause during
 * them. A district edits them in the admin app.
 */
export function addDefaultHolidays(rows: TenantRows, districtId: string, today: Date): void {
  const startYear = Number(schoolYearFor(today).slice(0, 4));
  const breaks = [
    ["Winter break", `${startYear}-12-21`, `${startYear + 1}-01-01`],
    ["Spring break", `${startYear + 1}-03-16`, `${startYear + 1}-03-20`],
  ] as const;
  for (const [name, startsOn, endsOn] of breaks) {
    rows.schoolHolidays.push({ districtId, id: randomUUID(), name, startsOn, endsOn });
  }
}
