import { sql } from "drizzle-orm";
import { externalPdCertificate } from "../../schema/index.ts";

/**
 * The request's latest certificate (id and file name), or null, as a correlated subquery of a
 * query on `external_pd_request`. The outer columns are named in full by hand: drizzle leaves a
 * one-table query's columns unqualified, and inside the subquery `id` would be the certificate's.
 */
export function latestCertificateOf() {
  return sql<{ id: string; fileName: string } | null>`(
    select json_build_object('id', c.id, 'fileName', c.file_name)
    from ${externalPdCertificate} c
    where c.district_id = external_pd_request.district_id and c.request_id = external_pd_request.id
    order by c.created_at desc, c.id desc
    limit 1
  )`;
}
