import { useQuery } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { QueryView } from "@throughline/app-kit/query-view";
import { certificateKindLabels } from "@throughline/domain/completion-certificate";
import { Badge } from "@throughline/ui/badge";
import { Card } from "@throughline/ui/card";
import { formatDay } from "@throughline/ui/format";
import { TitledSection } from "@throughline/ui/titled-section";
import { Award } from "lucide-react";
import { formatHours } from "./format.ts";

/**
 * Printable certificates of what I completed: each stage, each stage's full set of MicroPD
 * sessions and each micro-credential, with a PDF a recertification office can keep.
 */
export function CertificatesSection() {
  const certificates = useQuery(trpc.transcript.certificates.queryOptions());
  return (
    <TitledSection headingId="certificates-heading" title="Certificates">
      <QueryView query={certificates} about="your certificates" placement="card">
        {(rows) =>
          rows.length === 0 ? (
            <p className="text-sm text-muted-foreground">
              When you complete a stage, all of a stage's MicroPD sessions or a micro-credential,
              its certificate is here to download.
            </p>
          ) : (
            <Card className="overflow-hidden">
              <ul className="divide-y divide-border">
                {rows.map((certificate) => (
                  <li
                    key={`${certificate.kind}-${certificate.id}`}
                    className="flex flex-wrap items-center justify-between gap-3 px-4 py-3 sm:px-6"
                  >
                    <div className="flex min-w-0 flex-col gap-1">
                      <span className="font-medium text-foreground">{certificate.title}</span>
                      <span className="flex flex-wrap items-center gap-2 text-sm text-muted-foreground">
                        <Badge variant="success">{certificateKindLabels[certificate.kind]}</Badge>
                        Completed {formatDay(certificate.completedOn)} ·{" "}
                        {formatHours(certificate.hours)} hours
                      </span>
                    </div>
                    <a
                      href={`/files/pdf/certificates/${certificate.kind}/${certificate.id}`}
                      download
                      className="inline-flex items-center gap-1.5 text-sm font-medium text-primary underline underline-offset-4"
                    >
                      <Award aria-hidden="true" className="size-4" />
                      Certificate (PDF)
                      <span className="sr-only">: {certificate.title}</span>
                    </a>
                  </li>
                ))}
              </ul>
            </Card>
          )
        }
      </QueryView>
    </TitledSection>
  );
}
