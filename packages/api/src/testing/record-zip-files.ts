/**
 * The files at the top of every record ZIP, in the order the pack writes them: the index a
 * teacher opens first, then one JSON file per part of their record.
 */
export const RECORD_SUMMARY_FILES = [
  "index.html",
  "profile.json",
  "micropd.json",
  "action-plans.json",
  "observations.json",
  "meetings.json",
  "commitments.json",
  "pd-hours.json",
  "external-pd.json",
  "micro-credentials.json",
] as const;
