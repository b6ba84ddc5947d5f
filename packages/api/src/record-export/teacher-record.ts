import type { Transaction } from "@throughline/db/client";
import type { PlanDetail } from "@throughline/db/queries/action-plans/action-plans";
import { listPdActivities } from "@throughline/db/queries/enrolments/transcript";
import {
  loadRecordBadges,
  loadRecordSubmissions,
  type RecordBadge,
  type RecordSubmission,
} from "@throughline/db/queries/record-export/record-export-credentials";
import {
  loadRecordExternalPd,
  type RecordExternalPd,
} from "@throughline/db/queries/record-export/record-export-external-pd";
import {
  loadRecordObservations,
  type RecordObservation,
} from "@throughline/db/queries/record-export/record-export-observations";
import {
  evidenceStorageKeys,
  loadCommitmentCheckIns,
  loadRecordMeetings,
  loadRecordPlans,
  type RecordCheckIn,
  type RecordMeeting,
} from "@throughline/db/queries/record-export/record-export-plans";
import {
  loadRecordMicroPd,
  loadRecordProfile,
  personTimeZone,
  type RecordProfile,
  type RecordStage,
} from "@throughline/db/queries/record-export/record-export-profile";
import { type PdActivity, pdActivitiesIn } from "@throughline/domain/transcript";

/** Everything Throughline holds about one teacher, as the record's files are written from it. */
export interface TeacherRecord {
  profile: RecordProfile;
  stages: RecordStage[];
  plans: PlanDetail[];
  checkIns: RecordCheckIn[];
  observations: RecordObservation[];
  meetings: RecordMeeting[];
  pdActivities: PdActivity[];
  /** PD taken elsewhere the teacher asked credit for, with their certificates. */
  externalPd: RecordExternalPd[];
  submissions: RecordSubmission[];
  badges: RecordBadge[];
}

/** Where each evidence file's bytes are, by file id (read after the record itself). */
export type EvidenceKeys = Map<string, string>;

type Gathered = Partial<TeacherRecord> & {
  evidenceKeys?: EvidenceKeys;
  /** Where the external PD certificates' bytes are, read along with the evidence files. */
  certificateKeys?: EvidenceKeys;
};

export interface RecordSection {
  /** Shown to the teacher while this part is read ("Adding action plans"). */
  step: string;
  /** The progress (0–100) reached once this part is read. */
  doneAt: number;
  load: (tx: Transaction, params: { personId: string; now: Date }) => Promise<Gathered>;
}

/**
 * The record, part by part, in the order the builder reads it. Each part runs in a
 * transaction of its own so the progress between parts can be committed and seen.
 */
export const recordSections: readonly RecordSection[] = [
  {
    step: "Reading your profile",
    doneAt: 5,
    load: async (tx, params) => {
      const profile = await loadRecordProfile(tx, params);
      if (!profile) throw new Error("The person is no longer active.");
      return { profile };
    },
  },
  {
    step: "Adding your MicroPD progress and reflections",
    doneAt: 12,
    load: async (tx, params) => ({ stages: await loadRecordMicroPd(tx, params) }),
  },
  {
    step: "Adding your action plans",
    doneAt: 20,
    load: async (tx, params) => {
      const plans = await loadRecordPlans(tx, params);
      const stepIds = plans.flatMap((plan) =>
        plan.steps.filter((step) => step.fromMeeting).map((step) => step.id),
      );
      const [checkIns, evidenceKeys] = await Promise.all([
        loadCommitmentCheckIns(tx, { stepIds }),
        evidenceStorageKeys(tx, params),
      ]);
      return { plans, checkIns, evidenceKeys };
    },
  },
  {
    step: "Adding observations shared with you",
    doneAt: 27,
    load: async (tx, params) => ({ observations: await loadRecordObservations(tx, params) }),
  },
  {
    step: "Adding your meetings",
    doneAt: 34,
    load: async (tx, params) => ({ meetings: await loadRecordMeetings(tx, params) }),
  },
  {
    step: "Adding your PD hours",
    doneAt: 38,
    load: async (tx, params) => {
      const [facts, timeZone] = await Promise.all([
        listPdActivities(tx, params),
        personTimeZone(tx, params),
      ]);
      // The same lines as the PD hours page and its CSV: local days, hours rounded once.
      return { pdActivities: pdActivitiesIn(facts, timeZone) };
    },
  },
  {
    step: "Adding your PD from elsewhere and its certificates",
    doneAt: 41,
    load: async (tx, params) => {
      const { requests, certificateKeys } = await loadRecordExternalPd(tx, params);
      return { externalPd: requests, certificateKeys };
    },
  },
  {
    step: "Adding your micro-credentials and badges",
    doneAt: 45,
    load: async (tx, params) => {
      const [submissions, badges] = await Promise.all([
        loadRecordSubmissions(tx, params),
        loadRecordBadges(tx, params),
      ]);
      return { submissions, badges };
    },
  },
];

/** The whole record once every section has been read; throws if one is missing. */
export function completeRecord(parts: Gathered): {
  record: TeacherRecord;
  evidenceKeys: EvidenceKeys;
} {
  const { profile, stages, plans, checkIns, observations, meetings, pdActivities } = parts;
  const { externalPd, submissions, badges, evidenceKeys, certificateKeys } = parts;
  if (
    !profile ||
    !stages ||
    !plans ||
    !checkIns ||
    !observations ||
    !meetings ||
    !pdActivities ||
    !externalPd ||
    !certificateKeys ||
    !submissions ||
    !badges ||
    !evidenceKeys
  ) {
    throw new Error("A part of the record was not read.");
  }
  return {
    record: {
      profile,
      stages,
      plans,
      checkIns,
      observations,
      meetings,
      pdActivities,
      externalPd,
      submissions,
      badges,
    },
    // Certificate and evidence ids are both row ids, so one map holds every file to read.
    evidenceKeys: new Map([...evidenceKeys, ...certificateKeys]),
  };
}
