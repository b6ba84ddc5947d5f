import { pgTable, text, uuid } from "drizzle-orm/pg-core";
import {
  tenantChildOf,
  tenantColumns,
  tenantPrimaryKey,
  tenantReference,
  timestamps,
} from "./columns.ts";
import { recommendationDecisionKindEnum } from "./enums.ts";
import { micropdSession } from "./micropd-session.ts";
import { person } from "./person.ts";

/**
 * A choice about one recommended session for one teacher: dismissed by the teacher (with a
 * reason) or pinned by a coach. Rows are only added; the latest per session counts.
 */
export const recommendationDecision = pgTable(
  "recommendation_decision",
  {
    ...tenantColumns(),
    personId: uuid().notNull(),
    sessionId: uuid().notNull(),
    kind: recommendationDecisionKindEnum().notNull(),
    reason: text(),
    decidedById: uuid().notNull(),
    ...timestamps(),
  },
  (t) => [
    tenantPrimaryKey(t),
    ...tenantChildOf("recommendation_decision_person", t.districtId, t.personId, person),
    tenantReference(
      "recommendation_decision_session_fk",
      t.districtId,
      t.sessionId,
      micropdSession,
    ).onDelete("cascade"),
    tenantReference("recommendation_decision_by_fk", t.districtId, t.decidedById, person),
  ],
);
