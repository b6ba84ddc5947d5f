import type { RouterOutputs } from "@throughline/api/types";
import { Badge } from "@throughline/ui/badge";
import { buttonClasses } from "@throughline/ui/button";
import { ListRow } from "@throughline/ui/list-row";
import { Link } from "react-router";
import { certifiedDate } from "../calibration/certified-date.ts";

type Certification = RouterOutputs["credentialReviews"]["queue"]["certifications"][number];

function Standing({ entry }: { entry: Certification }) {
  if (entry.isLead) return <Badge variant="primary">Lead reviewer</Badge>;
  if (entry.certifiedUntil) {
    return <Badge variant="success">Certified until {certifiedDate(entry.certifiedUntil)}</Badge>;
  }
  return <Badge>Not certified</Badge>;
}

/** Where I stand for each credential, with the way to calibrate where I may. */
export function CertificationsList({ entries }: { entries: readonly Certification[] }) {
  return (
    <ul className="flex flex-col gap-2">
      {entries.map((entry) => (
        <ListRow key={entry.credentialId}>
          <span className="flex flex-col gap-1">
            <span className="font-medium">{entry.name}</span>
            <Standing entry={entry} />
          </span>
          {entry.calibration.may ? (
            <Link
              to={`/calibration/${entry.credentialId}`}
              className={buttonClasses({ variant: entry.certifiedUntil ? "secondary" : "primary" })}
            >
              {entry.certifiedUntil ? "Renew" : "Take calibration"}
              <span className="sr-only"> for {entry.name}</span>
            </Link>
          ) : null}
        </ListRow>
      ))}
    </ul>
  );
}
