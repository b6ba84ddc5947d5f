import type { RouterOutputs } from "@throughline/api/types";

export type TeacherRecommendation = RouterOutputs["recommendations"]["forTeacher"][number];
export type SetAsideSession = RouterOutputs["recommendations"]["dismissedFor"][number];
