import { randomUUID } from "node:crypto";
import { addDaysToDay, localDay } from "@throughline/domain/local-time";
import type { DistrictRows } from "./rows.ts";

/**
 * Two requests for credit for PD taken elsewhere, so the demo principal's External PD queue has
 * one waiting and a teacher's PD hours show an approved one as External. Neither is the demo
 * teacher's, so her transcript stays as the tests read it. No certificate file: the seed writes
 * no bytes to file storage, and the waiting request says so.
 */
export function seedExternalPd(
  rows: DistrictRows,
  input: { now: Date; timeZone: string; teachers: string[]; principalId: string },
): void {
  const districtId = rows.district.id;
  const today = localDay(input.now, input.timeZone);
  const waiting = input.teachers[3];
  const approved = input.teachers[5];
  if (!waiting || !approved) throw new Error("The external PD seed needs six elementary teachers.");
  rows.tenant.externalPdRequests.push(
    {
      districtId,
      id: randomUUID(),
      personId: waiting,
      title: "State Literacy Conference: Structured Literacy in K–2",
      provider: "State Reading Association",
      kind: "conference",
      startOn: addDaysToDay(today, -25),
      endOn: addDaysToDay(today, -24),
      hours: 12,
      description: "Two days of sessions on phonemic awareness routines and decodable texts.",
      status: "submitted",
      submittedAt: new Date(input.now.getTime() - 20 * 24 * 60 * 60 * 1000),
    },
    {
      districtId,
      id: randomUUID(),
      personId: approved,
      title: "Teaching Reading Comprehension Strategies",
      provider: "State University, College of Education",
      kind: "online_course",
      startOn: addDaysToDay(today, -60),
      endOn: addDaysToDay(today, -32),
      hours: 10,
      description: null,
      status: "approved",
      submittedAt: new Date(input.now.getTime() - 30 * 24 * 60 * 60 * 1000),
      reviewedBy: input.principalId,
      reviewedAt: new Date(input.now.getTime() - 28 * 24 * 60 * 60 * 1000),
    },
  );
}
