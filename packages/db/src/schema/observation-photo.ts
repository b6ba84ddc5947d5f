import { pgTable, uuid } from "drizzle-orm/pg-core";
import {
  storedFileColumns,
  tenantChildOf,
  tenantColumns,
  tenantPrimaryKey,
  tenantReference,
  timestamps,
} from "./columns.ts";
import { observation } from "./observation.ts";
import { person } from "./person.ts";

/** A photo taken as evidence during an observation; bytes in file storage, as evidence files. */
export const observationPhoto = pgTable(
  "observation_photo",
  {
    ...tenantColumns(),
    observationId: uuid().notNull(),
    ...storedFileColumns(),
    uploadedBy: uuid().notNull(),
    ...timestamps(),
  },
  (t) => [
    tenantPrimaryKey(t),
    ...tenantChildOf("observation_photo_observation", t.districtId, t.observationId, observation),
    tenantReference("observation_photo_uploader_fk", t.districtId, t.uploadedBy, person),
  ],
);
