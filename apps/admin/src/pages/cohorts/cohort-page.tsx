import { useQuery } from "@tanstack/react-query";
import { errorCode } from "@throughline/app-kit/app-gate";
import { trpc } from "@throughline/app-kit/client";
import { QueryView } from "@throughline/app-kit/query-view";
import { NotFound } from "@throughline/ui/not-found";
import { PageHeader } from "@throughline/ui/page-header";
import { useState } from "react";
import { Link, useParams } from "react-router";
import { EditSettingsForm } from "./edit-settings-form.tsx";
import { EnrolPanel } from "./enrol-panel.tsx";
import { EnrolmentsTable } from "./enrolments-table.tsx";
import { SettingsSummary } from "./settings-summary.tsx";
import type { CohortDetail } from "./types.ts";
import { WorkshopPanels } from "./workshop-panels.tsx";

/** One cohort: its settings, who is enrolled, and enrolling more teachers. */
export function CohortPage() {
  const { cohortId = "" } = useParams();
  const cohort = useQuery(trpc.cohortAdmin.detail.queryOptions({ cohortId }));
  const code = errorCode(cohort.error);
  if (code === "NOT_FOUND" || code === "BAD_REQUEST") return <NotFound />;
  return (
    <QueryView
      query={cohort}
      loading="Loading the cohort…"
      errorTitle="This cohort could not be loaded"
      headingLevel={1}
    >
      {(data) => <CohortView data={data} />}
    </QueryView>
  );
}

function CohortView({ data }: { data: CohortDetail }) {
  const [editing, setEditing] = useState(false);
  return (
    <>
      <p className="mb-2 text-sm">
        <Link to="/cohorts" className="font-medium text-primary underline">
          All cohorts
        </Link>
      </p>
      <PageHeader
        title={data.name}
        description={`${data.school.name} · Stage ${data.stage.position}: ${data.stage.title} · ${data.schoolYear}`}
      />
      <div className="flex flex-col gap-6">
        {editing ? (
          <EditSettingsForm cohort={data} onDone={() => setEditing(false)} />
        ) : (
          <SettingsSummary cohort={data} onEdit={() => setEditing(true)} />
        )}
        <EnrolmentsTable cohort={data} />
        <WorkshopPanels cohortId={data.id} />
        <EnrolPanel cohort={data} />
      </div>
    </>
  );
}
