import type { RouterOutputs } from "@throughline/api/types";

type Preview = RouterOutputs["sharedLibrary"]["item"];

function Facts({ label, values }: { label: string; values: readonly string[] }) {
  if (values.length === 0) return null;
  return (
    <div>
      <p className="text-sm font-medium text-foreground">{label}</p>
      <ul aria-label={label} className="list-disc pl-5 text-sm text-foreground">
        {values.map((value) => (
          <li key={value}>{value}</li>
        ))}
      </ul>
    </div>
  );
}

/** What a library item holds, kind by kind: sessions (with their stages) or a credential. */
export function PreviewContent({ preview }: { preview: Preview }) {
  const { credential } = preview;
  return (
    <div className="flex flex-col gap-3">
      <p className="text-sm text-foreground">{preview.summary}</p>
      {preview.notes ? (
        <p className="text-sm text-muted-foreground">
          What changed in version {preview.version}: {preview.notes}
        </p>
      ) : null}
      <Facts
        label="Stages"
        values={preview.stages.map(
          (stage) =>
            `${stage.title} (${stage.sessionCount} ${stage.sessionCount === 1 ? "session" : "sessions"})`,
        )}
      />
      {/* A program is previewed by its stages; its sessions would make a very long list. */}
      {preview.sessions.length > 0 && preview.stages.length === 0 ? (
        <ol aria-label="Sessions" className="flex list-decimal flex-col gap-2 pl-5 text-sm">
          {preview.sessions.map((session) => (
            <li key={session.key}>
              <span className="font-medium">{session.title}</span>{" "}
              <span className="text-muted-foreground">
                · about {session.estimatedMinutes} min · {session.blockCount}{" "}
                {session.blockCount === 1 ? "block" : "blocks"}
                {session.indicatorCodes.length > 0
                  ? ` · indicators ${session.indicatorCodes.join(", ")}`
                  : ""}
              </span>
            </li>
          ))}
        </ol>
      ) : null}
      {credential ? (
        <>
          <p className="text-sm text-foreground">
            Key method: {credential.keyMethod} · {credential.pdHours} PD hours
            {credential.validityMonths ? ` · valid ${credential.validityMonths} months` : ""}
          </p>
          <p className="text-sm text-muted-foreground">{credential.criteriaNarrative}</p>
          <Facts label="Evidence" values={credential.requirements} />
          <Facts
            label={`Rubric (${credential.rubricLevels.join(", ")})`}
            values={credential.rubricCriteria}
          />
          <Facts label="Indicators" values={credential.indicatorCodes} />
        </>
      ) : null}
      {preview.travels ? (
        <p className="text-xs text-muted-foreground">What travels: {preview.travels}</p>
      ) : null}
    </div>
  );
}
