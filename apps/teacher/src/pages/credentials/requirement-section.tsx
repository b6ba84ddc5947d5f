import {
  SubmissionClips,
  useSubmissionClipCount,
} from "@throughline/app-kit/video/submission-clips";
import { Card } from "@throughline/ui/card";
import { FileAdder, LinkAdder } from "./evidence-adders.tsx";
import { EvidenceItemRow } from "./evidence-item-row.tsx";
import { requirementSummary } from "./format.ts";
import { ReflectionEditor } from "./reflection-editor.tsx";
import type { EvidenceItem, PlanFile, Requirement } from "./types.ts";

interface Props {
  submissionId: string;
  requirement: Requirement;
  items: EvidenceItem[];
  planFiles: PlanFile[];
  editable: boolean;
  onChanged: () => Promise<void>;
}

/** One requirement of my submission: its instructions, its items and, in a draft, ways to add more. */
export function RequirementSection(props: Props) {
  const { submissionId, requirement, items, planFiles, editable, onChanged } = props;
  const headingId = `requirement-${requirement.key}-heading`;
  const listed = items.filter((item) => item.source !== "text");
  const written = items.find((item) => item.source === "text");
  const clipCount = useSubmissionClipCount(submissionId, requirement.key);
  return (
    <Card
      id={`requirement-${requirement.key}`}
      tabIndex={-1}
      aria-labelledby={headingId}
      role="region"
      className="flex scroll-mt-24 flex-col gap-4 p-4 sm:p-5"
    >
      <div className="flex flex-col gap-1">
        <h3 id={headingId} className="text-lg font-semibold">
          {requirementSummary(requirement)}
        </h3>
        {requirement.instructions && requirement.kind !== "reflection" ? (
          <p>{requirement.instructions}</p>
        ) : null}
      </div>
      {requirement.kind === "reflection" ? (
        editable ? (
          <ReflectionEditor
            submissionId={submissionId}
            requirement={requirement}
            item={written}
            onChanged={onChanged}
          />
        ) : (
          <p className="whitespace-pre-wrap">{written?.text || "No reflection written."}</p>
        )
      ) : (
        <>
          {listed.length > 0 ? (
            <ul className="flex flex-col gap-2" aria-label={`${requirement.label}: items`}>
              {listed.map((item, index) => (
                <EvidenceItemRow
                  key={item.id}
                  item={item}
                  requirement={requirement}
                  index={index}
                  count={listed.length}
                  editable={editable}
                  onChanged={onChanged}
                />
              ))}
            </ul>
          ) : clipCount === 0 ? (
            <p className="text-sm text-muted-foreground">Nothing added yet.</p>
          ) : null}
          <SubmissionClips
            submissionId={submissionId}
            requirementKey={requirement.key}
            editable={editable}
            onChanged={onChanged}
          />
          {editable && requirement.kind === "files" ? (
            <FileAdder
              submissionId={submissionId}
              requirement={requirement}
              planFiles={planFiles}
              onChanged={onChanged}
            />
          ) : null}
          {editable && requirement.kind === "link" ? (
            <LinkAdder
              submissionId={submissionId}
              requirement={requirement}
              onChanged={onChanged}
            />
          ) : null}
        </>
      )}
    </Card>
  );
}
