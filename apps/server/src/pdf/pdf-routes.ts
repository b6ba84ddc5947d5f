import { createRequestContext, type RequestContextDeps } from "@throughline/api/context";
import { appRouter } from "@throughline/api/root";
import { schoolYearSchema } from "@throughline/domain/cohort";
import { certificateKindSchema } from "@throughline/domain/completion-certificate";
import type { FullTranscript } from "@throughline/domain/external-pd-transcript";
import { idSchema } from "@throughline/domain/ids";
import { localDay } from "@throughline/domain/local-time";
import { TRPCError } from "@trpc/server";
import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import type { Context } from "hono";
import { Hono } from "hono";
import { contentDisposition } from "../files/content-disposition.ts";
import { certificatePdf } from "./certificate-pdf.ts";
import type { PdfOptions } from "./pdf-document.ts";
import { transcriptPdf } from "./transcript-pdf.ts";
import { recordReference } from "./verification.ts";

/*
 * Printable records as PDF: `GET /files/pdf/transcript?year=2026-27` (the signed-in teacher's) and
 * `GET /files/pdf/transcript/:personId?year=…` (a teacher's, for a principal of their school or a
 * district admin), and `GET /files/pdf/certificates/:kind/:id` (a certificate of a stage,
 * course or micro-credential the signed-in teacher completed). Each answers from the same tRPC
 * procedures the pages read, called with the request's session, so who may read what is decided
 * in one place.
 */

interface PdfRouteDeps {
  contextDeps: RequestContextDeps;
  pdf?: PdfOptions;
}

function callerFor(deps: PdfRouteDeps, c: Context) {
  return appRouter.createCaller(createRequestContext(deps.contextDeps, c.req.raw.headers));
}

/** A refusal of the procedure as the JSON problem the file routes answer with. */
function refusal(c: Context, error: unknown) {
  if (!(error instanceof TRPCError)) throw error;
  const status = getHTTPStatusCodeFromError(error);
  if (status >= 500) throw error;
  return c.json({ error: error.message }, status as 400 | 401 | 403 | 404 | 429);
}

function pdfResponse(bytes: Buffer, fileName: string): Response {
  return new Response(new Uint8Array(bytes), {
    headers: {
      "content-type": "application/pdf",
      "content-disposition": contentDisposition("attachment", fileName),
      "content-length": String(bytes.byteLength),
      // A personal record: no shared cache may keep it.
      "cache-control": "private, no-store",
    },
  });
}

function fileSlug(name: string): string {
  return (
    name
      .normalize("NFKD")
      .replace(/[^A-Za-z0-9]+/g, "-")
      .replace(/^-|-$/g, "")
      .toLowerCase() || "teacher"
  );
}

async function transcriptAnswer(transcript: FullTranscript, pdf: PdfOptions | undefined) {
  const issuedOn = localDay(new Date(), transcript.timeZone);
  const reference = recordReference([
    transcript.district.name,
    transcript.person.displayName,
    transcript.schoolYear,
    ...transcript.activities.flatMap((line) => [line.day, line.title, line.minutes]),
    transcript.totals.total.minutes,
  ]);
  const bytes = await transcriptPdf(transcript, { issuedOn, reference }, pdf);
  return pdfResponse(
    bytes,
    `pd-transcript-${fileSlug(transcript.person.displayName)}-${transcript.schoolYear}.pdf`,
  );
}

/** The year asked for in `?year=`, undefined for the current one, null when malformed. */
function yearAsked(c: Context): string | undefined | null {
  const asked = c.req.query("year");
  if (asked === undefined || asked === "") return undefined;
  const parsed = schoolYearSchema.safeParse(asked);
  return parsed.success ? parsed.data : null;
}

export function pdfRoutes(deps: PdfRouteDeps): Hono {
  const routes = new Hono();

  routes.get("/transcript", async (c) => {
    const schoolYear = yearAsked(c);
    if (schoolYear === null) return c.json({ error: "Ask for a school year like 2026-27." }, 400);
    try {
      const transcript = await callerFor(deps, c).transcript.mine(schoolYear ? { schoolYear } : {});
      return await transcriptAnswer(transcript, deps.pdf);
    } catch (error) {
      return refusal(c, error);
    }
  });

  routes.get("/transcript/:personId", async (c) => {
    const schoolYear = yearAsked(c);
    if (schoolYear === null) return c.json({ error: "Ask for a school year like 2026-27." }, 400);
    const personId = idSchema.safeParse(c.req.param("personId"));
    if (!personId.success) return c.json({ error: "There is no such teacher." }, 404);
    try {
      const transcript = await callerFor(deps, c).transcript.forTeacher({
        personId: personId.data,
        ...(schoolYear ? { schoolYear } : {}),
      });
      return await transcriptAnswer(transcript, deps.pdf);
    } catch (error) {
      return refusal(c, error);
    }
  });

  /** A certificate of something the signed-in teacher completed (`transcript.certificates`). */
  routes.get("/certificates/:kind/:id", async (c) => {
    const kind = certificateKindSchema.safeParse(c.req.param("kind"));
    const id = idSchema.safeParse(c.req.param("id"));
    const notFound = () => c.json({ error: "There is no such certificate." }, 404);
    if (!kind.success || !id.success) return notFound();
    try {
      const caller = callerFor(deps, c);
      const [certificates, me] = await Promise.all([
        caller.transcript.certificates(),
        caller.viewer.me(),
      ]);
      const certificate = certificates.find(
        (entry) => entry.kind === kind.data && entry.id === id.data,
      );
      if (!certificate) return notFound();
      const issued = {
        name: me.person.displayName,
        district: me.district.name,
        issuedOn: localDay(new Date(), me.district.timeZone),
        reference: recordReference([
          me.district.name,
          me.person.displayName,
          certificate.kind,
          certificate.id,
          certificate.completedOn,
          certificate.minutes,
        ]),
      };
      const bytes = await certificatePdf(certificate, issued, deps.pdf);
      return pdfResponse(
        bytes,
        `certificate-${fileSlug(certificate.title)}-${fileSlug(me.person.displayName)}.pdf`,
      );
    } catch (error) {
      return refusal(c, error);
    }
  });

  return routes;
}
