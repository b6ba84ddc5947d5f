import {
  catalogueEventKindLabels,
  catalogueKindFilterSchema,
  gradeBandLabels,
  gradeBandSchema,
  subjectLabels,
  subjectSchema,
} from "@throughline/domain/catalogue";
import { Button } from "@throughline/ui/button";
import { FormField } from "@throughline/ui/form-field";
import { SelectField } from "@throughline/ui/select-field";
import { Search } from "lucide-react";
import { type FormEvent, useEffect, useState } from "react";
import { type CatalogueFilters, hasFilters, lengthChoices } from "./search-params.ts";
import type { CatalogueAnswer } from "./types.ts";

/**
 * The catalogue's search: words in a box (applied on Search or Enter) and five filters, each a
 * labelled native select that applies as soon as it changes.
 */
export function CatalogueFiltersForm({
  filters,
  indicators,
  onChange,
}: {
  filters: CatalogueFilters;
  indicators: CatalogueAnswer["indicators"];
  onChange: (next: CatalogueFilters) => void;
}) {
  const [text, setText] = useState(filters.text);
  // Back and Forward change the address: the box follows it.
  useEffect(() => setText(filters.text), [filters.text]);
  const set = (patch: Partial<CatalogueFilters>) => onChange({ ...filters, text, ...patch });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    set({ text });
  };
  return (
    <search aria-label="Search the catalogue">
      <form
        onSubmit={submit}
        className="flex flex-col gap-4 rounded-[var(--radius-card)] border border-border bg-surface p-4"
      >
        <div className="flex flex-col gap-2 sm:flex-row sm:items-end">
          <FormField
            className="flex-1"
            label="Search by title, topic or indicator"
            type="search"
            value={text}
            onChange={(event) => setText(event.target.value)}
            maxLength={100}
          />
          <Button type="submit">
            <Search aria-hidden="true" />
            Search
          </Button>
        </div>
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-5">
          <SelectField
            label="Indicator"
            value={filters.indicatorId}
            onChange={(event) => set({ indicatorId: event.target.value })}
          >
            <option value="">Any indicator</option>
            {indicators.map((indicator) => (
              <option key={indicator.id} value={indicator.id}>
                {indicator.code} {indicator.title}
              </option>
            ))}
          </SelectField>
          <SelectField
            label="Grade band"
            value={filters.gradeBand}
            onChange={(event) =>
              set({ gradeBand: gradeBandSchema.safeParse(event.target.value).data ?? "" })
            }
          >
            <option value="">Any grade band</option>
            {gradeBandSchema.options.map((band) => (
              <option key={band} value={band}>
                {gradeBandLabels[band]}
              </option>
            ))}
          </SelectField>
          <SelectField
            label="Subject"
            value={filters.subject}
            onChange={(event) =>
              set({ subject: subjectSchema.safeParse(event.target.value).data ?? "" })
            }
          >
            <option value="">Any subject</option>
            {subjectSchema.options.map((subject) => (
              <option key={subject} value={subject}>
                {subjectLabels[subject]}
              </option>
            ))}
          </SelectField>
          <SelectField
            label="Length"
            value={filters.maxMinutes}
            onChange={(event) => set({ maxMinutes: event.target.value })}
          >
            <option value="">Any length</option>
            {lengthChoices.map((minutes) => (
              <option key={minutes} value={String(minutes)}>
                {minutes} minutes or less
              </option>
            ))}
          </SelectField>
          <SelectField
            label="Kind"
            value={filters.kind}
            onChange={(event) =>
              set({ kind: catalogueKindFilterSchema.safeParse(event.target.value).data ?? "" })
            }
          >
            <option value="">Everything</option>
            <option value="session">Online MicroPD sessions</option>
            <option value="live_session">{catalogueEventKindLabels.live_session}s</option>
            <option value="workshop">{catalogueEventKindLabels.workshop}s</option>
          </SelectField>
        </div>
        {hasFilters(filters) ? (
          <Button
            type="button"
            variant="link"
            className="self-start px-0"
            onClick={() => {
              setText("");
              onChange({
                text: "",
                indicatorId: "",
                gradeBand: "",
                subject: "",
                maxMinutes: "",
                kind: "",
              });
            }}
          >
            Clear the search and filters
          </Button>
        ) : null}
      </form>
    </search>
  );
}
