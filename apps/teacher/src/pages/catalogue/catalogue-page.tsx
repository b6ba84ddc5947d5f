import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { QueryView } from "@throughline/app-kit/query-view";
import { EmptyState } from "@throughline/ui/empty-state";
import { PageHeader } from "@throughline/ui/page-header";
import { SearchX } from "lucide-react";
import { useSearchParams } from "react-router";
import { CatalogueFiltersForm } from "./catalogue-filters.tsx";
import { EventCard } from "./event-card.tsx";
import { filtersFrom, hasFilters, paramsFrom, searchInput } from "./search-params.ts";
import { SessionCard } from "./session-card.tsx";
import type { CatalogueAnswer } from "./types.ts";

/**
 * The elective catalogue: sessions any teacher may take at once, without a cohort, and live
 * sessions and workshops to register for. Every one counts toward PD hours.
 */
export function CataloguePage() {
  const [params, setParams] = useSearchParams();
  const filters = filtersFrom(params);
  const query = useQuery({
    ...trpc.catalogue.search.queryOptions(searchInput(filters)),
    // A new filter keeps the last results on screen until the new ones come.
    placeholderData: keepPreviousData,
  });
  return (
    <>
      <PageHeader
        title="Catalogue"
        description="Elective MicroPD sessions you can take now, without a cohort, and live sessions and workshops to register for. Each one counts toward your PD hours."
      />
      <div className="flex flex-col gap-6">
        <CatalogueFiltersForm
          filters={filters}
          indicators={query.data?.indicators ?? []}
          onChange={(next) => setParams(paramsFrom(next))}
        />
        <QueryView query={query} about="the catalogue" headingLevel={2}>
          {(answer) => (
            <Results answer={answer} filtered={hasFilters(filters)} busy={query.isFetching} />
          )}
        </QueryView>
      </div>
    </>
  );
}

function Results({
  answer,
  filtered,
  busy,
}: {
  answer: CatalogueAnswer;
  filtered: boolean;
  /** A new search is on its way: the results shown are the last search's until it comes. */
  busy: boolean;
}) {
  const count = answer.items.length;
  return (
    <section
      aria-labelledby="catalogue-results"
      aria-busy={busy}
      className={`flex flex-col gap-4 transition-opacity ${busy ? "opacity-60" : ""}`}
    >
      <h2 id="catalogue-results" className="text-lg font-semibold">
        Results
      </h2>
      <p role="status" className="text-sm text-muted-foreground">
        {filtered
          ? `${count} of ${answer.total} ${answer.total === 1 ? "item matches" : "items match"} your search.`
          : `${count} ${count === 1 ? "item" : "items"} in the catalogue.`}
      </p>
      {count === 0 ? (
        <EmptyState
          icon={SearchX}
          headingLevel={3}
          title={filtered ? "Nothing matches this search" : "The catalogue is empty for now"}
        >
          {filtered
            ? "Try fewer filters or other words."
            : "Your district has not put any electives or events in the catalogue yet."}
        </EmptyState>
      ) : (
        <ul className="grid gap-4 lg:grid-cols-2">
          {answer.items.map((item) =>
            item.kind === "session" ? (
              <SessionCard key={`session-${item.id}`} item={item} />
            ) : (
              <EventCard key={`event-${item.id}`} item={item} />
            ),
          )}
        </ul>
      )}
    </section>
  );
}
