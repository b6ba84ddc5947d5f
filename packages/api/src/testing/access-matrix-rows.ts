import type { Database } from "@throughline/db/client";
import { rawRows } from "@throughline/db/testing";
import { sql } from "drizzle-orm";
import type { ForeignIds } from "./foreign-ids.ts";
import { type MentoringMatrixRows, mentoringMatrixRows } from "./mentoring-matrix-rows.ts";

/** Rows of a place that only the access matrix aims at, beyond the tenant-isolation sample. */
export interface MatrixRows extends MentoringMatrixRows {
  /** A teacher of the school coached through a cohort the matrix leaves alone. */
  coachedTeacherId: string;
  /** The first MicroPD session of that cohort's stage. */
  coachedSessionId: string;
  /** A credential and one of its lead reviewers (the `nth` of the district's). */
  leadCredentialId: string;
  leadPersonId: string;
  /** A notification and a sent email to the place's teacher. */
  notificationId: string;
  messageId: string;
  /** A collaboration block of the place's sample team. */
  blockId: string;
}

/**
 * The rows, avoiding those the matrix's earlier writes change (the sample cohort loses its
 * coach, the sample team its facilitator and members) and the signed-in callers (`spare`).
 */
export async function matrixRows(
  db: Database,
  ids: ForeignIds,
  spare: readonly string[],
  nth: number,
): Promise<Omit<MatrixRows, "notificationId" | "messageId" | "blockId">> {
  const spareList = sql.join(
    spare.map((email) => sql`${email}`),
    sql`, `,
  );
  const [coached] = await rawRows<{ person_id: string; session_id: string | null }>(
    db,
    sql`select p.id::text as person_id,
          (select ms.id::text from micropd_session ms
           where ms.district_id = c.district_id and ms.stage_id = c.stage_id
           order by ms.position limit 1) as session_id
        from enrolment e
        join cohort c on c.district_id = e.district_id and c.id = e.cohort_id
        join person p on p.district_id = e.district_id and p.id = e.person_id
        join role_membership rm on rm.district_id = p.district_id and rm.person_id = p.id
        where rm.role = 'teacher' and rm.school_id::text = ${ids.schoolId}
          and e.status <> 'withdrawn' and c.coach_id is not null
          and c.id::text <> ${ids.cohortId} and p.id::text <> ${ids.personId}
          and p.email not in (${spareList})
        order by p.email limit 1`,
  );
  const [lead] = await rawRows<{ credential_id: string; person_id: string }>(
    db,
    sql`select l.credential_id::text as credential_id, l.person_id::text as person_id
        from credential_lead_reviewer l
        join person p on p.district_id = l.district_id and p.id = l.person_id
        join school s on s.district_id = l.district_id
        where s.id::text = ${ids.schoolId}
        order by (p.email in (${spareList})), p.email, l.credential_id
        limit 1 offset ${nth}`,
  );
  return {
    coachedTeacherId: coached?.person_id ?? "",
    coachedSessionId: coached?.session_id ?? "",
    leadCredentialId: lead?.credential_id ?? "",
    leadPersonId: lead?.person_id ?? "",
    ...(await mentoringMatrixRows(db, ids.schoolId)),
  };
}

/** A notification and a sent email to the place's teacher (the seed writes neither). */
export async function placeMail(
  db: Database,
  teacherEmail: string,
): Promise<{ notificationId: string; messageId: string }> {
  const [notice] = await rawRows<{ id: string }>(
    db,
    sql`insert into notification
          (district_id, recipient_id, kind, title, body, link_app, link_path, email_mode)
        select p.district_id, p.id, 'coach_comment', 'A comment', 'On your plan.', 'teacher', '/',
          'off'
        from person p where p.email = ${teacherEmail}
        returning id::text as id`,
  );
  const [message] = await rawRows<{ id: string }>(
    db,
    sql`insert into outbox_email (district_id, recipient_id, to_address, kind,
          unsubscribe_kinds, subject, text_body, html_body, status, sent_at, delivered_via)
        select p.district_id, p.id, p.email, 'coach_comment', '{}', 'A comment', 'On your plan.',
          '<p>On your plan.</p>', 'sent', now(), 'file'
        from person p where p.email = ${teacherEmail}
        returning id::text as id`,
  );
  return { notificationId: notice?.id ?? "", messageId: message?.id ?? "" };
}

/** A collaboration block of the place's sample team, for deleting (the seed has one in all). */
export async function placeBlock(db: Database, teamId: string, teacherEmail: string) {
  const [block] = await rawRows<{ id: string }>(
    db,
    sql`insert into collaboration_block
          (district_id, team_id, weekday, start_minute, end_minute, created_by_id)
        select p.district_id, t.id, 5, 900, 930, p.id
        from person p join team t on t.district_id = p.district_id
        where p.email = ${teacherEmail} and t.id::text = ${teamId}
        returning id::text as id`,
  );
  return { blockId: block?.id ?? "" };
}
