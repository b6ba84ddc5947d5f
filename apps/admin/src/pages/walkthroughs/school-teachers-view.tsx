import { QueryView } from "@throughline/app-kit/query-view";
import { EmptyState } from "@throughline/ui/empty-state";
import { Users } from "lucide-react";
import type { ComponentProps, ReactNode } from "react";
import type { Visits } from "./types.ts";

/**
 * A school's teachers with their walkthrough visits, inside a card: the small loading and failed
 * states, "No teachers yet" for a school without any, else `children` draws them (a table of
 * visits, or the teachers to pick for a new walkthrough).
 */
export function SchoolTeachersView({
  query,
  loading,
  errorTitle,
  children,
}: {
  query: ComponentProps<typeof QueryView<Visits>>["query"];
  loading: string;
  errorTitle: string;
  children: (teachers: Visits["teachers"]) => ReactNode;
}) {
  return (
    <QueryView
      query={query}
      loading={loading}
      loadingVariant="inline"
      errorTitle={errorTitle}
      headingLevel={3}
    >
      {({ teachers }) =>
        teachers.length === 0 ? (
          <EmptyState className="mx-6" headingLevel={3} title="No teachers yet" icon={Users}>
            <p>Teachers appear here once they are added to this school.</p>
          </EmptyState>
        ) : (
          children(teachers)
        )
      }
    </QueryView>
  );
}
