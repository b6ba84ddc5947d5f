import type { RouterOutputs } from "@throughline/api/types";
import { SubmissionClips } from "@throughline/app-kit/video/submission-clips";
import { NewTabLink } from "@throughline/ui/new-tab-link";
import { FileText, Link as LinkIcon } from "lucide-react";

type Review = RouterOutputs["credentialReviews"]["submission"];
type Item = Review["evidence"][number];

function EvidenceItem({ item }: { item: Item }) {
  return (
    <li className="flex flex-col gap-1.5 rounded-md border border-border bg-surface p-3">
      {item.downloadPath && item.fileName ? (
        <NewTabLink href={item.downloadPath} icon={FileText} className="self-start">
          <span className="break-all">{item.fileName}</span>
        </NewTabLink>
      ) : null}
      {item.url ? (
        <NewTabLink href={item.url} icon={LinkIcon} className="self-start">
          <span className="break-all">{item.url}</span>
        </NewTabLink>
      ) : null}
      {item.text ? <p className="whitespace-pre-line">{item.text}</p> : null}
      {item.annotation ? (
        <p className="border-l-2 border-primary/40 pl-3 text-sm whitespace-pre-line">
          <span className="font-medium">Annotation: </span>
          {item.annotation}
        </p>
      ) : null}
    </li>
  );
}

/** The evidence grouped under each requirement it answers, in the definition's order. */
export function EvidenceList({ review }: { review: Review }) {
  return (
    <div className="flex flex-col gap-5">
      {review.requirements.map((requirement) => {
        const items = review.evidence.filter((item) => item.requirementKey === requirement.key);
        return (
          <section key={requirement.key} className="flex flex-col gap-2">
            <h3 className="font-semibold">{requirement.label}</h3>
            {requirement.annotationPrompt ? (
              <p className="text-sm text-muted-foreground">
                Annotation asked: {requirement.annotationPrompt}
              </p>
            ) : null}
            {items.length === 0 ? (
              <p className="text-sm text-muted-foreground">Nothing attached.</p>
            ) : (
              <ul className="flex flex-col gap-2">
                {items.map((item) => (
                  <EvidenceItem key={item.id} item={item} />
                ))}
              </ul>
            )}
            {/* Clips of the teacher's classroom video: the segment plays while under review. */}
            <SubmissionClips
              submissionId={review.submissionId}
              requirementKey={requirement.key}
              editable={false}
            />
          </section>
        );
      })}
    </div>
  );
}
