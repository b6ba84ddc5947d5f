import type { Database } from "@throughline/db/client";
import { rawRows } from "@throughline/db/testing";
import { sql } from "drizzle-orm";

export interface ObservationToInsert {
  teacherEmail: string;
  observerEmail: string;
  kind: "coaching" | "walkthrough";
  on: string;
  status?: "draft" | "published";
  /** Indicator code, level rank, look-fors. */
  ratings: readonly [string, number, string?][];
  note?: string;
}

/**
 * Writes an observation straight into the tables (as the owner connection), so tests of the
 * views that read observations do not depend on the procedures that record them.
 */
export async function insertObservation(db: Database, input: ObservationToInsert): Promise<string> {
  const status = input.status ?? "published";
  const [created] = await rawRows<{ id: string }>(
    db,
    sql`insert into observation
          (district_id, teacher_id, observer_id, kind, observed_on, status, published_at)
        select teacher.district_id, teacher.id, observer.id, ${input.kind}, ${input.on}::date,
               ${status}, case when ${status} = 'published' then now() end
        from person teacher
        join person observer on observer.district_id = teacher.district_id
        where teacher.email = ${input.teacherEmail} and observer.email = ${input.observerEmail}
        returning id::text as id`,
  );
  if (!created) throw new Error(`No such teacher or observer: ${input.teacherEmail}`);
  for (const [code, rank, lookFors] of input.ratings) {
    await db.execute(
      sql`insert into observation_rating (district_id, observation_id, indicator_id, level_rank, look_fors)
          select o.district_id, o.id, i.id, ${rank}, ${lookFors ?? null}
          from observation o join indicator i on i.district_id = o.district_id and i.code = ${code}
          where o.id = ${created.id}`,
    );
  }
  if (input.note) {
    await db.execute(
      sql`insert into observation_note (district_id, observation_id, noted_at, body)
          select district_id, id, now(), ${input.note} from observation where id = ${created.id}`,
    );
  }
  return created.id;
}
