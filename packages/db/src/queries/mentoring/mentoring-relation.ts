import type { MentoringViewer } from "@throughline/domain/mentoring-access";
import { type SQLWrapper, sql } from "drizzle-orm";

/**
 * How the viewer stands to a mentoring relationship, as the domain's `MentoringViewer` orders
 * it: its mentor, its mentee, a leader (a district admin, or a principal of a school the mentee
 * teaches at), or nobody. Every mentoring read that returns notes goes through it.
 */
export function mentoringRelationSql(
  viewerId: string,
  row: { mentorId: SQLWrapper; menteeId: SQLWrapper },
) {
  return sql<MentoringViewer>`case
    when ${row.mentorId} = ${viewerId} then 'mentor'
    when ${row.menteeId} = ${viewerId} then 'mentee'
    when exists (
      select 1 from role_membership r
      where r.person_id = ${viewerId}
        and (r.role = 'district_admin' or (r.role = 'principal' and (r.school_id is null or r.school_id in (
          select tr.school_id from role_membership tr
          where tr.person_id = ${row.menteeId} and tr.role = 'teacher'
        ))))
    ) then 'leader'
    else 'other'
  end`;
}
