import {
  type CatalogueKindFilter,
  type CatalogueSearchInput,
  catalogueKindFilterSchema,
  type GradeBand,
  gradeBandSchema,
  type Subject,
  subjectSchema,
} from "@throughline/domain/catalogue";
import { idSchema } from "@throughline/domain/ids";

/*
 * The catalogue's filters live in the address (?q=…&grade=3_5), so a search can be shared,
 * bookmarked and undone with Back. A value the lists do not know is ignored, never sent.
 */

export interface CatalogueFilters {
  text: string;
  indicatorId: string;
  gradeBand: GradeBand | "";
  subject: Subject | "";
  maxMinutes: string;
  kind: CatalogueKindFilter | "";
}

const keys: Record<keyof CatalogueFilters, string> = {
  text: "q",
  indicatorId: "indicator",
  gradeBand: "grade",
  subject: "subject",
  maxMinutes: "length",
  kind: "kind",
};

/** The lengths the length filter offers, in minutes. */
export const lengthChoices = [15, 20, 30, 60, 120] as const;

function pick<T>(value: string | null, parse: (raw: string) => T | null): T | "" {
  if (!value) return "";
  return parse(value) ?? "";
}

export function filtersFrom(params: URLSearchParams): CatalogueFilters {
  const length = params.get(keys.maxMinutes) ?? "";
  return {
    text: params.get(keys.text) ?? "",
    indicatorId: pick(params.get(keys.indicatorId), (raw) =>
      idSchema.safeParse(raw).success ? raw : null,
    ),
    gradeBand: pick(
      params.get(keys.gradeBand),
      (raw) => gradeBandSchema.safeParse(raw).data ?? null,
    ),
    subject: pick(params.get(keys.subject), (raw) => subjectSchema.safeParse(raw).data ?? null),
    maxMinutes: lengthChoices.some((choice) => String(choice) === length) ? length : "",
    kind: pick(
      params.get(keys.kind),
      (raw) => catalogueKindFilterSchema.safeParse(raw).data ?? null,
    ),
  };
}

export function paramsFrom(filters: CatalogueFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const [field, key] of Object.entries(keys) as [keyof CatalogueFilters, string][]) {
    const value = filters[field].trim();
    if (value) params.set(key, value);
  }
  return params;
}

export function searchInput(filters: CatalogueFilters): CatalogueSearchInput {
  return {
    text: filters.text.trim() || null,
    indicatorId: filters.indicatorId || null,
    gradeBand: filters.gradeBand || null,
    subject: filters.subject || null,
    maxMinutes: filters.maxMinutes ? Number(filters.maxMinutes) : null,
    kind: filters.kind || null,
  };
}

export function hasFilters(filters: CatalogueFilters): boolean {
  return Object.values(filters).some((value) => value.trim() !== "");
}
