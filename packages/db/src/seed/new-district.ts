import { DistrictBuilder } from "./district-builder.ts";
import { indicators } from "./framework/indicators.ts";
import { stage1 } from "./framework/stage-1.ts";
import { stage2 } from "./framework/stage-2.ts";
import { stage3 } from "./framework/stage-3.ts";
import type { DistrictRows } from "./rows.ts";

export interface NewDistrictInput {
  name: string;
  slug: string;
  /** The IANA zone the district's schools keep. */
  timeZone: string;
  /** 1–12: the month the school year starts in. */
  schoolYearStartMonth: number;
  /** The district's first admin; the only person a new district has. */
  admin: { displayName: string; email: string };
  /**
   * The hash of the admin's chosen password (set-up page), or null for an admin who sets it
   * from an invite link (`pnpm district:create`).
   */
  adminPasswordHash: string | null;
  /** Today: the default school breaks are this school year's. */
  now: Date;
}

export interface NewDistrict {
  rows: DistrictRows;
  districtId: string;
  adminPersonId: string;
}

/**
 * A real district's first rows: the default framework (the three stages with their MicroPD
 * sessions, the indicators), the default protocols, observation scale and school breaks (the
 * builder adds those to every district), reminder lead times from the column defaults, and one
 * district admin. No schools and no demo people: the district brings its own.
 */
export function buildNewDistrict(input: NewDistrictInput): NewDistrict {
  const builder = new DistrictBuilder(
    {
      name: input.name,
      slug: input.slug,
      timeZone: input.timeZone,
      schoolYearStartMonth: input.schoolYearStartMonth,
    },
    input.adminPasswordHash,
    input.now,
  );
  builder.framework(indicators, [stage1, stage2, stage3]);
  const adminPersonId = builder.person({
    displayName: input.admin.displayName,
    email: input.admin.email,
    roles: [{ role: "district_admin", schoolId: null }],
  });
  return { rows: builder.build(), districtId: builder.districtId, adminPersonId };
}
