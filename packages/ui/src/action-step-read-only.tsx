import type { ActionStepStatus } from "@throughline/domain/enums";
import { formatFileSize } from "@throughline/domain/evidence";
import { FileText } from "lucide-react";
import type { ReactNode } from "react";
import { evidenceFileUrl } from "./action-step-display.ts";
import { EvidenceLink } from "./evidence-link.tsx";
import { useStepAnchor } from "./step-anchor.tsx";
import { StepStatusAndDue } from "./step-status-and-due.tsx";

/** What a read-only step shows: the plan's own reader and the teacher's coaches see the same. */
interface ReadOnlyStepData {
  id: string;
  description: string;
  status: ActionStepStatus;
  dueOn: string | null;
  /** When it was marked done; null unless it is done. */
  completedAt?: Date | null;
  evidenceText: string | null;
  evidenceUrl: string | null;
  reflection: string | null;
  files: readonly { id: string; fileName: string; sizeBytes: number }[];
}

/** One action step, read-only: status, due date, evidence and reflection. */
export function ReadOnlyStep({
  step,
  headingLevel = 4,
  children,
}: {
  step: ReadOnlyStepData;
  /** The step title's heading level in the page's outline. */
  headingLevel?: 3 | 4;
  /** What the reader may add below the step, e.g. a coach's comments. */
  children?: ReactNode;
}) {
  const Heading = `h${headingLevel}` as const;
  // A notification ("stuck") links here by `#step-<id>`.
  const { headingId, articleProps } = useStepAnchor(
    step.id,
    "flex flex-col gap-3 rounded-md border border-border p-4",
  );
  const hasEvidence = Boolean(
    step.evidenceText || step.evidenceUrl || step.files.length > 0 || step.reflection,
  );
  return (
    <article {...articleProps}>
      <header className="flex flex-col gap-1.5">
        <Heading id={headingId} className="font-semibold text-foreground">
          {step.description}
        </Heading>
        <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-muted-foreground">
          <StepStatusAndDue
            status={step.status}
            dueOn={step.dueOn}
            completedAt={step.completedAt}
          />
        </p>
      </header>
      {hasEvidence ? null : (
        <p className="text-sm text-muted-foreground">No evidence or reflection yet.</p>
      )}
      <dl className="grid gap-3 text-sm empty:hidden">
        {step.evidenceText ? (
          <div>
            <dt className="text-xs font-semibold tracking-wide text-muted-foreground uppercase">
              Evidence
            </dt>
            <dd className="whitespace-pre-line">{step.evidenceText}</dd>
          </div>
        ) : null}
        {step.evidenceUrl ? (
          <div>
            <dt className="text-xs font-semibold tracking-wide text-muted-foreground uppercase">
              Evidence link
            </dt>
            <dd>
              <EvidenceLink url={step.evidenceUrl} />
            </dd>
          </div>
        ) : null}
        {step.files.length > 0 ? (
          <div>
            <dt className="text-xs font-semibold tracking-wide text-muted-foreground uppercase">
              Evidence files
            </dt>
            <dd>
              <ul className="mt-1 flex flex-col gap-1">
                {step.files.map((file) => (
                  <li key={file.id}>
                    <a
                      href={evidenceFileUrl(file.id)}
                      target="_blank"
                      rel="noreferrer"
                      className="inline-flex items-center gap-2 text-primary underline hover:text-primary-hover"
                    >
                      <FileText aria-hidden="true" className="size-4 shrink-0" />
                      {file.fileName}
                      <span className="text-muted-foreground">
                        {formatFileSize(file.sizeBytes)}
                      </span>
                    </a>
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        ) : null}
        {step.reflection ? (
          <div>
            <dt className="text-xs font-semibold tracking-wide text-muted-foreground uppercase">
              Reflection
            </dt>
            <dd className="whitespace-pre-line">{step.reflection}</dd>
          </div>
        ) : null}
      </dl>
      {children}
    </article>
  );
}
