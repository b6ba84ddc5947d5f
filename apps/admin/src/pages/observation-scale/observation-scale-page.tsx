import { useQuery } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { QueryState } from "@throughline/app-kit/query-state";
import { PageHeader } from "@throughline/ui/page-header";
import { DistrictAdminPage } from "../../lib/district-admin.tsx";
import { IndicatorTargetsCard } from "./indicator-targets-card.tsx";
import { ScaleForm } from "./scale-form.tsx";

/** A district admin names the district's observation levels and sets the targets. */
export function ObservationScalePage() {
  return (
    <DistrictAdminPage
      header={
        <PageHeader
          title="Observation scale"
          description="The levels observers rate indicators on, and the level teachers aim for. Recommendations suggest sessions for indicators below their target."
        />
      }
      notice="Only district admins can change the observation scale and its targets. Ask your district's PD administrator."
    >
      <ObservationScale />
    </DistrictAdminPage>
  );
}

function ObservationScale() {
  const scale = useQuery(trpc.observations.scale.queryOptions());
  if (!scale.isSuccess) {
    return (
      <QueryState
        query={scale}
        loading="Loading the scale…"
        errorTitle="We could not load the district's scale"
      />
    );
  }
  return (
    <div className="flex flex-col gap-6">
      <ScaleForm scale={scale.data} />
      <IndicatorTargetsCard scale={scale.data} />
    </div>
  );
}
