import type { RouterOutputs } from "@throughline/api/types";
import { Alert } from "@throughline/ui/alert";
import { Button } from "@throughline/ui/button";
import { TitledSection } from "@throughline/ui/titled-section";
import { certifiedDate } from "./certified-date.ts";

type Result = RouterOutputs["calibration"]["submit"];

const percent = (share: number) => `${Math.round(share * 100)} %`;

/** What an attempt came to: certified, or where the candidate differed from the lead. */
export function CalibrationResult({ result, onRetake }: { result: Result; onRetake: () => void }) {
  if (result.certified) {
    return (
      <Alert variant="success" title="You are certified">
        {result.agreed} of {result.total} scores matched ({percent(result.agreement)}). You may
        review this credential's submissions until{" "}
        {result.certifiedUntil ? certifiedDate(result.certifiedUntil) : "further notice"}.
      </Alert>
    );
  }
  return (
    <div className="flex flex-col gap-4">
      <Alert variant="warning" title="Not certified yet">
        {result.agreed} of {result.total} scores matched ({percent(result.agreement)}) —{" "}
        {percent(result.threshold)} and every outcome needed.
        {result.outcomeMismatches.length > 0
          ? ` Your outcome differed on ${result.outcomeMismatches.map((mismatch) => mismatch.sampleTitle).join(", ")}.`
          : ""}
      </Alert>
      <TitledSection headingId="differences-heading" title="Where you differed">
        <ul className="flex flex-col gap-2">
          {result.differences.map((difference) => (
            <li
              key={`${difference.sampleId}-${difference.criterionKey}`}
              className="flex flex-col gap-1 rounded-md border border-border bg-surface p-3"
            >
              <span className="font-medium">
                {difference.criterionName}
                <span className="font-normal text-muted-foreground">
                  {" "}
                  · {difference.sampleTitle}
                </span>
              </span>
              <span className="text-sm">
                You: <strong>{difference.yourLevel ?? "not scored"}</strong> · Lead reviewer:{" "}
                <strong>{difference.leadLevel}</strong>
              </span>
              {difference.leadFeedback ? (
                <p className="border-l-2 border-primary/40 pl-3 text-sm">
                  {difference.leadFeedback}
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      </TitledSection>
      <div>
        <Button type="button" onClick={onRetake}>
          Retake
        </Button>
      </div>
    </div>
  );
}
