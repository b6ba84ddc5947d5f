import { sql } from "drizzle-orm";
import { externalPdCertificate, externalPdRequest } from "../../schema/index.ts";

/** The request's latest certificate (id and file name), or null, as a correlated subquery. */
export function latestCertificateOf() {
  return sql<{ id: string; fileName: string } | null>`(
    select json_build_object('id', c.id, 'fileName', c.file_name)
    from ${externalPdCertificate} c
    where c.district_id = ${externalPdRequest.districtId} and c.request_id = ${externalPdRequest.id}
    order by c.created_at desc, c.id desc
    limit 1
  )`;
}
