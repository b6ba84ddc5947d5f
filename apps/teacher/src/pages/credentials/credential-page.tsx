import { trpc } from "@throughline/app-kit/client";
import { QueryPage } from "@throughline/app-kit/query-page";
import { pdHoursLabel } from "@throughline/domain/credential-earning";
import { Badge } from "@throughline/ui/badge";
import { buttonClasses } from "@throughline/ui/button";
import { Card } from "@throughline/ui/card";
import { PageHeader } from "@throughline/ui/page-header";
import { TitledSection } from "@throughline/ui/titled-section";
import { Link, useParams } from "react-router";
import { passingRuleText, requirementSummary, statusVariants, validityText } from "./format.ts";
import { RubricTable } from "./rubric-table.tsx";
import type { CredentialDetail } from "./types.ts";

/** Everything a credential's definition says, and the way to my submission. */
export function CredentialPage() {
  const { credentialId = "" } = useParams();
  return (
    <QueryPage
      options={trpc.credentials.detail.queryOptions({ credentialId })}
      loading="Loading the micro-credential…"
      errorTitle="This micro-credential could not be loaded"
    >
      {(credential) => <CredentialDefinition credential={credential} />}
    </QueryPage>
  );
}

/** The credential once it came: its facts, evidence to submit and rubric. */
function CredentialDefinition({ credential }: { credential: CredentialDetail }) {
  const started = credential.standing.status !== "not_started";
  return (
    <>
      <PageHeader
        title={credential.name}
        description={
          credential.stage
            ? `Stage ${credential.stage.position}: ${credential.stage.title}`
            : "Open at any stage"
        }
        aside={
          <div className="flex flex-wrap items-center gap-3">
            <Badge variant={statusVariants[credential.standing.status] ?? "neutral"}>
              {credential.standing.label}
            </Badge>
            {credential.archived && !started ? null : (
              <Link
                to={`/credentials/${credential.credentialId}/submission`}
                className={buttonClasses()}
              >
                {started ? "Open my submission" : "Start a submission"}
              </Link>
            )}
          </div>
        }
      />
      <div className="flex flex-col gap-8">
        <Card className="p-5">
          <dl className="grid gap-4 sm:grid-cols-2">
            <div className="sm:col-span-2">
              <dt className="text-sm font-medium text-muted-foreground">Competency</dt>
              <dd className="text-foreground">{credential.competency}</dd>
            </div>
            <div>
              <dt className="text-sm font-medium text-muted-foreground">Key method</dt>
              <dd>{credential.keyMethod}</dd>
            </div>
            <div>
              <dt className="text-sm font-medium text-muted-foreground">PD hours</dt>
              <dd>{pdHoursLabel(credential.pdMinutes)}</dd>
            </div>
            <div>
              <dt className="text-sm font-medium text-muted-foreground">To earn it</dt>
              <dd>{passingRuleText(credential)}</dd>
            </div>
            <div>
              <dt className="text-sm font-medium text-muted-foreground">Validity</dt>
              <dd>{validityText(credential.validityMonths)}</dd>
            </div>
            <div className="sm:col-span-2">
              <dt className="text-sm font-medium text-muted-foreground">What earning it takes</dt>
              <dd>{credential.criteriaNarrative}</dd>
            </div>
          </dl>
        </Card>
        <TitledSection
          headingId="requirements-heading"
          title="Evidence to submit"
          headingClassName="text-xl"
        >
          <ol className="flex flex-col gap-3">
            {credential.requirements.map((requirement) => (
              <li key={requirement.key}>
                <Card className="flex flex-col gap-1 p-4">
                  <h3 className="font-semibold">{requirementSummary(requirement)}</h3>
                  {requirement.instructions ? <p>{requirement.instructions}</p> : null}
                  {requirement.annotationPrompt ? (
                    <p className="text-sm text-muted-foreground">
                      Annotate each file: {requirement.annotationPrompt}
                    </p>
                  ) : null}
                </Card>
              </li>
            ))}
          </ol>
        </TitledSection>
        <TitledSection headingId="rubric-heading" title="Rubric" headingClassName="text-xl">
          <RubricTable definition={credential} />
        </TitledSection>
      </div>
    </>
  );
}
