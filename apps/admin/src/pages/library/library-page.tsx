import { useQuery } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { QueryView } from "@throughline/app-kit/query-view";
import { PageHeader } from "@throughline/ui/page-header";
import { LibraryItemsSection } from "./library-items-section.tsx";
import { PackageFileCard } from "./package-file-card.tsx";
import { PublishStageForm } from "./publish-stage-form.tsx";
import { UpdatesSection } from "./updates-section.tsx";

/**
 * The shared library: districts on this installation share stages of their framework under a
 * Creative Commons license, import copies they adapt, and review newer versions of what they
 * imported; a package file carries a stage to another installation.
 */
export function LibraryPage() {
  const me = useQuery(trpc.viewer.me.queryOptions());
  const items = useQuery(trpc.sharedLibrary.items.queryOptions());
  const updates = useQuery(trpc.sharedLibrary.updates.queryOptions());
  const stages = useQuery(trpc.frameworkAdmin.stages.queryOptions());
  const programs = useQuery(trpc.programs.list.queryOptions());
  return (
    <>
      <PageHeader
        title="Shared library"
        description="Share stages with the other districts on this installation, and import theirs to adapt."
      />
      <QueryView query={updates} about="the updates to review" headingLevel={2}>
        {(found) => <UpdatesSection updates={found} />}
      </QueryView>
      <div className="mt-6 flex flex-col gap-6">
        <QueryView query={programs} about="your programs" headingLevel={2}>
          {({ programs: open }) => (
            <QueryView query={items} about="the shared library" headingLevel={2}>
              {(found) => <LibraryItemsSection items={found} programs={open} />}
            </QueryView>
          )}
        </QueryView>
        <QueryView query={stages} about="your stages" headingLevel={2}>
          {(found) => (
            <div className="grid gap-6 lg:grid-cols-2">
              <PublishStageForm stages={found} districtName={me.data?.district.name ?? ""} />
              {programs.data ? (
                <PackageFileCard stages={found} programs={programs.data.programs} />
              ) : null}
            </div>
          )}
        </QueryView>
      </div>
    </>
  );
}
