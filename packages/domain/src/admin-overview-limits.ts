/*
 * The overview's limits the admin app reads, apart from the overview's schemas in
 * admin-overview.ts, so its home does not download and run zod.
 */

/** At most this many people are named per list; the rest are counted. */
export const overviewNamedLimit = 8;
