import { demoPeople } from "./demo-logins.ts";
import { emailFor, mapleElementaryTeachers } from "./names.ts";
import type { DistrictRows } from "./rows.ts";
import { addDays } from "./time.ts";

/**
 * Evaluation ratings "imported" from the district's other system, so the demo has an individual
 * path before anyone records an observation. Maria (the demo teacher) is developing on two
 * Stage 1 indicators whose sessions she has not taken yet, and was rated lower on one of them
 * last spring, so her growth chart has a line that rises.
 */

const source = "2025-26 evaluation";

interface DemoRating {
  email: string;
  indicatorCode: string;
  /** Rank on the default scale: 0 not yet observed … 3 proficient. */
  rank: number;
  daysAgo: number;
}

function elementaryEmail(index: number): string {
  const name = mapleElementaryTeachers[index];
  if (!name) throw new Error(`The demo has no elementary teacher ${index}.`);
  return emailFor(name, "maplevalley.test");
}

const demoRatings = (): DemoRating[] => [
  { email: demoPeople.teacher.email, indicatorCode: "1.4", rank: 1, daysAgo: 200 },
  { email: demoPeople.teacher.email, indicatorCode: "1.4", rank: 2, daysAgo: 14 },
  { email: demoPeople.teacher.email, indicatorCode: "1.6", rank: 2, daysAgo: 14 },
  { email: demoPeople.teacher.email, indicatorCode: "1.2", rank: 3, daysAgo: 14 },
  { email: elementaryEmail(2), indicatorCode: "1.2", rank: 1, daysAgo: 20 },
  { email: elementaryEmail(3), indicatorCode: "1.3", rank: 2, daysAgo: 20 },
  { email: elementaryEmail(3), indicatorCode: "1.1", rank: 3, daysAgo: 20 },
];

/** Adds the demo's imported ratings to the built rows, matching people by email and indicators by code. */
export function seedDemoRatings(rows: DistrictRows, now: Date): void {
  const { tenant } = rows;
  const personIdOf = (email: string) => {
    const found = tenant.persons.find((person) => person.email === email);
    if (!found?.id) throw new Error(`The demo ratings name an unknown person ${email}.`);
    return found.id;
  };
  const indicatorIdOf = (code: string) => {
    const found = tenant.indicators.find((indicator) => indicator.code === code);
    if (!found?.id) throw new Error(`The demo ratings name an unknown indicator ${code}.`);
    return found.id;
  };
  const importedById = personIdOf(demoPeople.admin.email);
  for (const rating of demoRatings()) {
    tenant.importedRatings.push({
      districtId: rows.district.id,
      personId: personIdOf(rating.email),
      indicatorId: indicatorIdOf(rating.indicatorCode),
      levelRank: rating.rank,
      ratedOn: addDays(now, -rating.daysAgo).toISOString().slice(0, 10),
      source,
      importedById,
    });
  }
}
