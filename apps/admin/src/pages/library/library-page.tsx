import { useQuery } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { QueryView } from "@throughline/app-kit/query-view";
import { type LibraryKind, libraryKinds } from "@throughline/domain/library";
import { PageHeader } from "@throughline/ui/page-header";
import { useSearchParams } from "react-router";
import { LibraryItemsSection } from "./library-items-section.tsx";
import { PackageFileCard } from "./package-file-card.tsx";
import { PublishForm } from "./publish-form.tsx";
import type { SourceChoice } from "./source-picker.tsx";
import { UpdatesSection } from "./updates-section.tsx";

/**
 * What "Share to library" on another page chose: `?share=<kind>&id=<its id>` (and `stage=`, the
 * stage a session is in).
 */
function useSharedFromLink(): SourceChoice | null {
  const [params] = useSearchParams();
  const kind = params.get("share");
  const sourceId = params.get("id");
  if (!kind || !sourceId || !libraryKinds.includes(kind as LibraryKind)) return null;
  return {
    kind: kind as LibraryKind,
    sourceId,
    stageId: params.get("stage") ?? (kind === "stage" ? sourceId : ""),
  };
}

/**
 * The shared library: districts on this installation share programs, stages, MicroPD sessions
 * and micro-credentials under a Creative Commons license, import copies they adapt, and review
 * newer versions of what they imported; a package file carries any of them to another
 * installation.
 */
export function LibraryPage() {
  const me = useQuery(trpc.viewer.me.queryOptions());
  const items = useQuery(trpc.sharedLibrary.items.queryOptions());
  const updates = useQuery(trpc.sharedLibrary.updates.queryOptions());
  const stages = useQuery(trpc.frameworkAdmin.stages.queryOptions());
  const programs = useQuery(trpc.programs.list.queryOptions());
  const credentials = useQuery(trpc.credentialAdmin.list.queryOptions());
  const initial = useSharedFromLink();
  return (
    <>
      <PageHeader
        title="Shared library"
        description="Share programs, stages, sessions and micro-credentials with the other districts on this installation, and import theirs to adapt."
      />
      <QueryView query={updates} about="the updates to review" headingLevel={2}>
        {(found) => <UpdatesSection updates={found} />}
      </QueryView>
      <div className="mt-6 flex flex-col gap-6">
        <QueryView query={programs} about="your programs" headingLevel={2}>
          {({ programs: open }) => (
            <QueryView query={stages} about="your stages" headingLevel={2}>
              {(foundStages) => (
                <>
                  <QueryView query={items} about="the shared library" headingLevel={2}>
                    {(found) => (
                      <LibraryItemsSection items={found} programs={open} stages={foundStages} />
                    )}
                  </QueryView>
                  <QueryView query={credentials} about="your micro-credentials" headingLevel={2}>
                    {(foundCredentials) => {
                      const sources = {
                        programs: open,
                        stages: foundStages,
                        credentials: foundCredentials.credentials,
                      };
                      return (
                        <div id="share" className="grid scroll-mt-6 gap-6 lg:grid-cols-2">
                          <PublishForm
                            key={initial ? `${initial.kind}-${initial.sourceId}` : "any"}
                            sources={sources}
                            districtName={me.data?.district.name ?? ""}
                            initial={initial}
                          />
                          <PackageFileCard sources={sources} />
                        </div>
                      );
                    }}
                  </QueryView>
                </>
              )}
            </QueryView>
          )}
        </QueryView>
      </div>
    </>
  );
}
