import { useQuery } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { QueryState } from "@throughline/app-kit/query-state";
import { Alert } from "@throughline/ui/alert";
import { Loading } from "@throughline/ui/loading";
import { PageHeader } from "@throughline/ui/page-header";
import { IndicatorTargetsCard } from "./indicator-targets-card.tsx";
import { ScaleForm } from "./scale-form.tsx";

/** A district admin names the district's observation levels and sets the targets. */
export function ObservationScalePage() {
  const viewer = useQuery(trpc.viewer.me.queryOptions());
  const districtAdmin = viewer.data?.roles.some((entry) => entry.role === "district_admin");
  const scale = useQuery({ ...trpc.observations.scale.queryOptions(), enabled: districtAdmin });

  const header = (
    <PageHeader
      title="Observation scale"
      description="The levels observers rate indicators on, and the level teachers aim for. Recommendations suggest sessions for indicators below their target."
    />
  );
  if (viewer.isPending) return <Loading label="Loading…" />;
  if (!districtAdmin) {
    return (
      <>
        {header}
        <Alert variant="info" title="For district administrators">
          Only district admins can change the observation scale and its targets. Ask your district's
          PD administrator.
        </Alert>
      </>
    );
  }
  if (!scale.isSuccess) {
    return (
      <>
        {header}
        <QueryState
          query={scale}
          loading="Loading the scale…"
          errorTitle="We could not load the district's scale"
        />
      </>
    );
  }
  return (
    <>
      {header}
      <div className="flex flex-col gap-6">
        <ScaleForm scale={scale.data} />
        <IndicatorTargetsCard scale={scale.data} />
      </div>
    </>
  );
}
