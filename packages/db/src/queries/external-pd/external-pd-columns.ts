import { externalPdRequest } from "../../schema/index.ts";

/** One request as every list and check reads it: its fields, status and the review's outcome. */
export const externalPdRequestColumns = {
  id: externalPdRequest.id,
  personId: externalPdRequest.personId,
  title: externalPdRequest.title,
  provider: externalPdRequest.provider,
  kind: externalPdRequest.kind,
  startOn: externalPdRequest.startOn,
  endOn: externalPdRequest.endOn,
  hours: externalPdRequest.hours,
  description: externalPdRequest.description,
  status: externalPdRequest.status,
  submittedAt: externalPdRequest.submittedAt,
  reviewedAt: externalPdRequest.reviewedAt,
  returnReason: externalPdRequest.returnReason,
};
