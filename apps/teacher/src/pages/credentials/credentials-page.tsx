import { trpc } from "@throughline/app-kit/client";
import { QueryPage } from "@throughline/app-kit/query-page";
import { pdHoursLabel } from "@throughline/domain/credential-earning";
import { Badge } from "@throughline/ui/badge";
import { buttonClasses } from "@throughline/ui/button";
import { Card } from "@throughline/ui/card";
import { EmptyState } from "@throughline/ui/empty-state";
import { PageHeader } from "@throughline/ui/page-header";
import { Award } from "lucide-react";
import { Link } from "react-router";
import { requirementSummary, statusVariants } from "./format.ts";
import type { CredentialSummary } from "./types.ts";

/** The micro-credentials open to me, with what each asks and where I stand. */
export function CredentialsPage() {
  return (
    <QueryPage options={trpc.credentials.list.queryOptions()} about="micro-credentials">
      {(credentials) => <CredentialList credentials={credentials} />}
    </QueryPage>
  );
}

/** The credentials once they came, each a card. */
function CredentialList({ credentials }: { credentials: readonly CredentialSummary[] }) {
  return (
    <>
      <PageHeader
        title="Micro-credentials"
        description="Show mastery of a key method with evidence from your classroom. Certified reviewers judge it against a rubric; earned credentials become badges you can share."
        aside={
          <Link
            to="/badges"
            className={buttonClasses({ variant: "secondary", className: "gap-2" })}
          >
            <Award aria-hidden="true" />
            My badges
          </Link>
        }
      />
      {credentials.length === 0 ? (
        <EmptyState title="No micro-credentials are open yet" icon={Award}>
          <p>When your district offers micro-credentials, they appear here.</p>
        </EmptyState>
      ) : (
        <GroupedByProgram credentials={credentials} />
      )}
    </>
  );
}

/** One card per credential, under a heading per program when the district runs several. */
function GroupedByProgram({ credentials }: { credentials: readonly CredentialSummary[] }) {
  const programsRun = credentials[0]?.programsRun ?? 0;
  if (programsRun <= 1) return <CredentialCards credentials={credentials} level={2} />;
  return (
    <div className="flex flex-col gap-8">
      {groupsByProgram(credentials).map((group) => (
        <section
          key={group.id}
          aria-labelledby={`program-${group.id}`}
          className="flex flex-col gap-4"
        >
          <h2 id={`program-${group.id}`} className="text-xl font-semibold text-foreground">
            {group.title}
          </h2>
          <CredentialCards credentials={group.credentials} level={3} />
        </section>
      ))}
    </div>
  );
}

/** Programs in the district's order; credentials of no program last, "Across programs". */
function groupsByProgram(credentials: readonly CredentialSummary[]) {
  const groups = new Map<
    string,
    { id: string; title: string; position: number; credentials: CredentialSummary[] }
  >();
  for (const credential of credentials) {
    const program = credential.program;
    const id = program?.id ?? "across";
    const group = groups.get(id) ?? {
      id,
      title: program?.title ?? "Across programs",
      position: program?.position ?? Number.MAX_SAFE_INTEGER,
      credentials: [],
    };
    group.credentials.push(credential);
    groups.set(id, group);
  }
  return [...groups.values()].sort((a, b) => a.position - b.position);
}

function CredentialCards(props: { credentials: readonly CredentialSummary[]; level: 2 | 3 }) {
  const Heading = props.level === 2 ? "h2" : "h3";
  return (
    <ul className="grid gap-4 lg:grid-cols-2">
      {props.credentials.map((credential) => (
        <li key={credential.credentialId}>
          <Card className="flex h-full flex-col gap-3 p-5">
            <div className="flex flex-wrap items-start justify-between gap-2">
              <Heading className="text-lg font-semibold text-foreground">
                <Link
                  to={`/credentials/${credential.credentialId}`}
                  className="text-primary underline hover:text-primary-hover"
                >
                  {credential.name}
                </Link>
              </Heading>
              <Badge variant={statusVariants[credential.standing.status] ?? "neutral"}>
                {credential.standing.label}
              </Badge>
            </div>
            <p className="text-sm text-muted-foreground">
              {credential.stage
                ? `Stage ${credential.stage.position}: ${credential.stage.title}`
                : "Any stage"}{" "}
              · {pdHoursLabel(credential.pdMinutes)}
            </p>
            <p className="text-foreground">{credential.competency}</p>
            <p className="text-sm">
              <span className="font-medium">Key method:</span> {credential.keyMethod}
            </p>
            <div className="text-sm">
              <p className="font-medium">You will submit</p>
              <ul className="mt-1 list-disc pl-5 text-muted-foreground">
                {credential.requirements.map((requirement) => (
                  <li key={requirement.key}>{requirementSummary(requirement)}</li>
                ))}
              </ul>
            </div>
          </Card>
        </li>
      ))}
    </ul>
  );
}
