import { pgTable, uuid } from "drizzle-orm/pg-core";
import {
  storedFileColumns,
  tenantColumns,
  tenantIndex,
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
    tenantReference(
      "observation_photo_observation_fk",
      t.districtId,
      t.observationId,
      observation,
    ).onDelete("cascade"),
    tenantReference("observation_photo_uploader_fk", t.districtId, t.uploadedBy, person),
    tenantIndex("observation_photo_observation_idx", t.districtId, t.observationId),
  ],
);
