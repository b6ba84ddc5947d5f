import { QueryView } from "@throughline/app-kit/query-view";
import type { ComponentProps, ReactNode } from "react";

/**
 * The guard of a page about the schools the viewer leads: the page once the schools came, and
 * until then the same loading and failed states on every such page (walkthroughs, collaboration).
 */
export function YourSchoolsView<T>({
  query,
  children,
}: {
  query: ComponentProps<typeof QueryView<T>>["query"];
  children: (data: T) => ReactNode;
}) {
  return (
    <QueryView query={query} about="your schools" headingLevel={1}>
      {children}
    </QueryView>
  );
}
