import {
  getTeacherHome,
  teacherHomePersonOf,
} from "@throughline/db/queries/home-pages/teacher-home";
import { createRouter, teacherProcedure } from "../../trpc.ts";

export const teacherRouter = createRouter({
  /** The teacher's current stages, progress and the next MicroPD session in each. */
  home: teacherProcedure.query(({ ctx }) =>
    getTeacherHome(ctx.tx, {
      personId: ctx.personId,
      now: new Date(),
      person: teacherHomePersonOf(ctx.viewer),
    }),
  ),
});
