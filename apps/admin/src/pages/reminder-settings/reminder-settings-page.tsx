import { useQuery } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { QueryState } from "@throughline/app-kit/query-state";
import { PageHeader } from "@throughline/ui/page-header";
import { DistrictAdminPage } from "../../lib/district-admin.tsx";
import { DistrictNameCard } from "./district-name-card.tsx";
import { HolidaysCard } from "./holidays-card.tsx";
import { LeadTimesForm } from "./lead-times-form.tsx";

/** A district admin sets when reminders go out and marks the breaks without nudges. */
export function ReminderSettingsPage() {
  return (
    <DistrictAdminPage
      header={
        <PageHeader
          title="Reminders"
          description="When the platform reminds people of meetings, and the school breaks when it leaves them alone."
        />
      }
      notice="Only district admins change reminder settings. Ask your district's PD administrator."
    >
      <ReminderSettings />
    </DistrictAdminPage>
  );
}

function ReminderSettings() {
  const settings = useQuery(trpc.reminderSettings.get.queryOptions());
  if (!settings.isSuccess) {
    return (
      <QueryState
        query={settings}
        loading="Loading the reminder settings…"
        errorTitle="We could not load the reminder settings"
      />
    );
  }
  return (
    <div className="flex flex-col gap-6">
      <LeadTimesForm settings={settings.data} />
      <HolidaysCard settings={settings.data} />
      <DistrictNameCard />
    </div>
  );
}
