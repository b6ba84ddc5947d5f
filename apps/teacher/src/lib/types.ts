import type { RouterOutputs } from "@throughline/api/types";

export type TeacherHome = RouterOutputs["teacher"]["home"];
export type Enrolment = TeacherHome["enrolments"][number];
export type Stage = TeacherHome["stages"][number];
export type TeacherProgram = TeacherHome["programs"][number];
