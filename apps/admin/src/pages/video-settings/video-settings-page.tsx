import { useQuery } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { QueryState } from "@throughline/app-kit/query-state";
import { PageHeader } from "@throughline/ui/page-header";
import { DistrictAdminPage } from "../../lib/district-admin.tsx";
import { VideoSettingsForm } from "./video-settings-form.tsx";

/** A district admin sets how large a classroom video may be, how long it is kept, and the consent rule. */
export function VideoSettingsPage() {
  return (
    <DistrictAdminPage
      header={
        <PageHeader
          title="Classroom video"
          description="How large a lesson video teachers may upload, how long the district keeps it, and the student-consent rule they confirm before sharing one."
        />
      }
      notice="Only district admins change video settings. Ask your district's PD administrator."
    >
      <VideoSettings />
    </DistrictAdminPage>
  );
}

function VideoSettings() {
  const settings = useQuery(trpc.video.settings.queryOptions());
  if (!settings.isSuccess) {
    return (
      <QueryState
        query={settings}
        loading="Loading the video settings…"
        errorTitle="We could not load the video settings"
      />
    );
  }
  return <VideoSettingsForm settings={settings.data} />;
}
