import { useQuery } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { QueryState } from "@throughline/app-kit/query-state";
import { buttonClasses } from "@throughline/ui/button";
import { PageHeader } from "@throughline/ui/page-header";
import { Link } from "react-router";
import { AddProgramForm } from "./add-program-form.tsx";
import { AddStageForm } from "./add-stage-form.tsx";
import { ProgramSection } from "./program-section.tsx";
import { ReadOnlyNotice } from "./read-only-notice.tsx";
import { useCanEditFramework } from "./use-can-edit.ts";

/**
 * The district's programs in order, each with its stages and completion rules; authors reorder,
 * add programs and stages, and say who must take each program here.
 */
export function FrameworkPage() {
  const canEdit = useCanEditFramework();
  const stages = useQuery(trpc.frameworkAdmin.stages.queryOptions());
  const programs = useQuery(trpc.programs.list.queryOptions());
  const header = (
    <PageHeader
      title="Framework"
      description="The programs the district runs, the stages teachers work through in each, their MicroPD sessions, indicators and protocols."
      aside={
        <div className="flex flex-wrap gap-2">
          {canEdit ? (
            <Link to="/framework/feedback" className={buttonClasses({ variant: "secondary" })}>
              Session feedback
            </Link>
          ) : null}
          <Link to="/framework/indicators" className={buttonClasses({ variant: "secondary" })}>
            Indicators
          </Link>
          <Link to="/framework/protocols" className={buttonClasses({ variant: "secondary" })}>
            Protocols
          </Link>
        </div>
      }
    />
  );
  if (!stages.isSuccess || !programs.isSuccess) {
    return (
      <>
        {header}
        <QueryState
          query={stages.isSuccess ? programs : stages}
          loading="Loading the framework…"
          errorTitle="We could not load the framework"
        />
      </>
    );
  }
  const list = programs.data.programs;
  return (
    <>
      {header}
      {canEdit ? null : <ReadOnlyNotice />}
      <div className="flex flex-col gap-8">
        {list.map((program, index) => (
          <ProgramSection
            key={program.id}
            program={program}
            index={index}
            count={list.length}
            stages={stages.data.filter((stage) => stage.programId === program.id)}
            requirements={programs.data.requirements.filter((row) => row.programId === program.id)}
            canEdit={canEdit}
          />
        ))}
        {canEdit ? (
          <div className="grid gap-6 lg:grid-cols-2">
            <AddStageForm programs={list} />
            <AddProgramForm />
          </div>
        ) : null}
      </div>
    </>
  );
}
