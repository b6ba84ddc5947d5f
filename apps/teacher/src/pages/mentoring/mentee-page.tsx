import { useQuery } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { MenteeView } from "@throughline/app-kit/mentoring/mentee-view";
import { QueryView } from "@throughline/app-kit/query-view";
import { BackLink } from "@throughline/ui/back-link";
import { useParams } from "react-router";

/** One mentee as their mentor sees them: their path, the checklist, and the log with its form. */
export function MenteePage() {
  const { menteeId = "" } = useParams();
  const page = useQuery(trpc.mentoring.mentee.queryOptions({ menteeId }));
  return (
    <>
      <BackLink to="/mentoring">Mentoring</BackLink>
      <QueryView query={page} about="this teacher's mentoring" loadingVariant="page">
        {(data) => <MenteeView data={data} />}
      </QueryView>
    </>
  );
}
