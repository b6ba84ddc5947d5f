import type { RouterOutputs } from "@throughline/api/types";

export type StagePage = RouterOutputs["path"]["stage"];
export type StageEnrolment = NonNullable<StagePage["enrolment"]>;
export type StageSession = StagePage["sessions"][number];
export type NextSession = StageEnrolment["next"];
