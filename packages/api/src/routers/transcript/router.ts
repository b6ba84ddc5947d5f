import { transcriptSubjectInScope } from "@throughline/db/queries/external-pd/transcript-subject";
import { teacherTranscriptInputSchema } from "@throughline/domain/external-pd-transcript";
import { transcriptInputSchema } from "@throughline/domain/transcript";
import { TRPCError } from "@trpc/server";
import { adminProcedure, createRouter, teacherProcedure } from "../../trpc.ts";
import { buildTranscript } from "./build-transcript.ts";
import { teacherCertificates } from "./certificates.ts";
import { transcriptCsv } from "./csv.ts";

export const transcriptRouter = createRouter({
  /**
   * My PD hours for a school year: workshops, MicroPD sessions, support meetings, badges,
   * coaching and approved external PD, with totals.
   */
  mine: teacherProcedure.input(transcriptInputSchema).query(({ ctx, input }) =>
    buildTranscript(ctx.tx, {
      districtId: ctx.districtId,
      personId: ctx.personId,
      displayName: ctx.viewer.person.displayName,
      schoolYear: input?.schoolYear,
    }),
  ),

  /** The same transcript as CSV text, which the page saves as `pd-hours-<year>.csv`. */
  csv: teacherProcedure.input(transcriptInputSchema).query(async ({ ctx, input }) => {
    const transcript = await buildTranscript(ctx.tx, {
      districtId: ctx.districtId,
      personId: ctx.personId,
      displayName: ctx.viewer.person.displayName,
      schoolYear: input?.schoolYear,
    });
    return {
      fileName: `pd-hours-${transcript.schoolYear}.csv`,
      csv: transcriptCsv(transcript),
    };
  }),

  /**
   * What I completed that earns a printed certificate (the PDF route prints one): stages,
   * finished MicroPD courses and micro-credentials, newest first, with their dates and hours.
   */
  certificates: teacherProcedure.query(({ ctx }) =>
    teacherCertificates(ctx.tx, { districtId: ctx.districtId, personId: ctx.personId }),
  ),

  /**
   * A teacher's transcript for a principal of their school or a district admin (the PDF a
   * recertification office asks them for); anyone else is told there is no such teacher.
   */
  forTeacher: adminProcedure.input(teacherTranscriptInputSchema).query(async ({ ctx, input }) => {
    const teacher = await transcriptSubjectInScope(ctx.tx, {
      personId: input.personId,
      scope: ctx.scope.schools,
    });
    if (!teacher) throw new TRPCError({ code: "NOT_FOUND", message: "There is no such teacher." });
    return buildTranscript(ctx.tx, {
      districtId: ctx.districtId,
      personId: teacher.id,
      displayName: teacher.displayName,
      schoolYear: input.schoolYear,
    });
  }),
});
