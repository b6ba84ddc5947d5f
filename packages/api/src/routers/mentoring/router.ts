import { createRouter } from "../../trpc.ts";
import { mentoringAdminProcedures } from "./admin-procedures.ts";
import { mentoringChecklistProcedures } from "./checklist-procedures.ts";
import { mentoringMenteeProcedures } from "./mentee-procedures.ts";
import { mentoringMentorProcedures } from "./mentor-procedures.ts";

/**
 * Mentoring for new teachers: principals and district admins assign mentors; a mentor keeps the
 * conversation log (shared and private notes) and the induction checklist with their mentee;
 * the mentee reads the shared log and ticks the checklist too. The notes follow the coaching
 * rule (`mentoringAccess`): principals and district admins never read them. District admins
 * edit the checklist itself.
 */
export const mentoringRouter = createRouter({
  ...mentoringAdminProcedures,
  ...mentoringChecklistProcedures,
  ...mentoringMentorProcedures,
  ...mentoringMenteeProcedures,
});
