import { useQuery } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { QueryView } from "@throughline/app-kit/query-view";
import { Alert } from "@throughline/ui/alert";
import { Button } from "@throughline/ui/button";
import { SelfRatingChangeChart } from "@throughline/ui/self-rating-change-chart";
import { TitledSection } from "@throughline/ui/titled-section";
import { useRef, useState } from "react";
import { SelfAssessmentForm } from "./self-assessment-form.tsx";
import { SelfAssessmentHistory } from "./self-assessment-history.tsx";
import type { SelfAssessmentMoment, SelfAssessmentRecord } from "./types.ts";

/** What the form is open for: a new self-assessment at a moment, or correcting one. */
type Open = { moment: SelfAssessmentMoment; editing?: SelfAssessmentRecord };

const invitationText: Record<"start" | "end", { title: string; body: string; action: string }> = {
  start: {
    title: "Where is your practice as this stage begins?",
    body: "Rate yourself on the stage's indicators. At the end of the stage you rate yourself again and see what changed. Only you and your coaches see it.",
    action: "Rate yourself now",
  },
  end: {
    title: "You have done the work of this stage: how has your practice changed?",
    body: "Rate yourself again on the stage's indicators to see your change from the start.",
    action: "Rate yourself at the end",
  },
};

/** The stage page's self-assessment: the invitation, the form, pre → post and past ratings. */
export function SelfAssessmentSection({ stageId }: { stageId: string }) {
  const view = useQuery(trpc.selfAssessment.stage.queryOptions({ stageId }));
  const [rating, setRating] = useState<Open | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [saved, setSaved] = useState<string | null>(null);

  const open = (moment: SelfAssessmentMoment, editing?: SelfAssessmentRecord) => {
    setSaved(null);
    setRating({ moment, editing });
  };
  const close = (said: string | null) => {
    setRating(null);
    setSaved(said);
    headingRef.current?.focus();
  };

  return (
    <TitledSection
      headingId="self-assessment-heading"
      title="My self-assessment"
      size="xl"
      headingRef={headingRef}
    >
      <QueryView query={view} about="your self-assessment" placement="card">
        {(data) =>
          rating ? (
            <SelfAssessmentForm
              view={data}
              moment={rating.moment}
              editing={rating.editing}
              onDone={() =>
                close(rating.editing ? "Your changes are saved." : "Your ratings are saved.")
              }
              onCancel={() => close(null)}
            />
          ) : (
            <>
              {saved ? <Alert variant="success">{saved}</Alert> : null}
              {data.invitation ? (
                <Alert title={invitationText[data.invitation].title}>
                  <p>{invitationText[data.invitation].body}</p>
                  <div className="mt-3">
                    <Button onClick={() => open(data.invitation ?? "check_in")}>
                      {invitationText[data.invitation].action}
                    </Button>
                  </div>
                </Alert>
              ) : null}
              {data.change.length > 0 ? (
                <>
                  <h3 className="text-lg font-semibold">First and latest rating per indicator</h3>
                  <SelfRatingChangeChart levels={data.levels} changes={data.change} whose="yours" />
                </>
              ) : null}
              {data.assessments.length > 0 ? (
                <SelfAssessmentHistory
                  records={data.assessments}
                  levels={data.levels}
                  onEdit={(record) => open(record.moment, record)}
                  onDeleted={() => close("Your self-assessment is deleted.")}
                />
              ) : null}
              {data.invitation ? null : (
                <div>
                  <Button variant="secondary" onClick={() => open("check_in")}>
                    Rate yourself again
                  </Button>
                </div>
              )}
            </>
          )
        }
      </QueryView>
    </TitledSection>
  );
}
