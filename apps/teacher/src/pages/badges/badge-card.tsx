import { pdHoursLabel } from "@throughline/domain/credential-earning";
import { Badge } from "@throughline/ui/badge";
import { buttonClasses } from "@throughline/ui/button";
import { Card } from "@throughline/ui/card";
import { Download, ExternalLink, ImageDown } from "lucide-react";
import { formatShortDate } from "../credentials/format.ts";
import { CopyLinkButton } from "./copy-link-button.tsx";
import type { MyBadge } from "./types.ts";
import { WalletOffer } from "./wallet-offer.tsx";

const statusText = { active: "Active", revoked: "Revoked", expired: "Expired" } as const;
const statusVariant = { active: "success", revoked: "danger", expired: "warning" } as const;

/** One earned badge: its image, dates and status, and the ways to share it. */
export function BadgeCard({ badge }: { badge: MyBadge }) {
  const linkId = `share-${badge.id}`;
  return (
    <Card className="flex flex-col gap-4 p-5 sm:flex-row">
      <img
        src={badge.imageUrl}
        alt=""
        width={112}
        height={112}
        className="size-28 shrink-0 rounded-md bg-muted object-contain"
      />
      <div className="flex min-w-0 flex-1 flex-col gap-3">
        <div className="flex flex-wrap items-start justify-between gap-2">
          <h2 className="text-lg font-semibold">{badge.name}</h2>
          <Badge variant={statusVariant[badge.status]}>{statusText[badge.status]}</Badge>
        </div>
        <dl className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-3">
          <div>
            <dt className="text-muted-foreground">Awarded</dt>
            <dd>{formatShortDate(badge.awardedAt)}</dd>
          </div>
          <div>
            <dt className="text-muted-foreground">Valid until</dt>
            <dd>{badge.validUntil ? formatShortDate(badge.validUntil) : "Does not expire"}</dd>
          </div>
          <div>
            <dt className="text-muted-foreground">Credited</dt>
            <dd>
              {badge.status === "revoked"
                ? "Not credited (revoked)"
                : pdHoursLabel(badge.pdMinutes)}
            </dd>
          </div>
        </dl>
        {badge.status === "revoked" ? (
          <p className="text-sm text-danger">
            Revoked{badge.revokedAt ? ` on ${formatShortDate(badge.revokedAt)}` : ""}
            {badge.revokedReason ? `: ${badge.revokedReason}` : "."}
          </p>
        ) : null}
        {/* A revoked badge is no longer offered for sharing; its signed record stays downloadable. */}
        {badge.status !== "revoked" ? (
          <div className="flex flex-col gap-1">
            <label htmlFor={linkId} className="text-sm font-medium">
              Share link
            </label>
            <input
              id={linkId}
              readOnly
              value={badge.shareUrl}
              onFocus={(event) => event.target.select()}
              className="h-10 w-full rounded-md border border-input bg-surface px-3 text-sm text-foreground"
            />
          </div>
        ) : null}
        <div className="flex flex-wrap items-center gap-2">
          {badge.status !== "revoked" ? (
            <CopyLinkButton url={badge.shareUrl} name={badge.name} />
          ) : null}
          <a
            href={badge.jsonUrl}
            download
            className={buttonClasses({ variant: "secondary", size: "sm", className: "gap-2" })}
          >
            <Download aria-hidden="true" />
            Download badge (JSON)
          </a>
          {badge.status !== "revoked" ? (
            <a
              href={badge.linkedInUrl}
              target="_blank"
              rel="noreferrer"
              className={buttonClasses({ variant: "secondary", size: "sm", className: "gap-2" })}
            >
              <ExternalLink aria-hidden="true" />
              Add to LinkedIn<span className="sr-only"> (opens in a new tab)</span>
            </a>
          ) : null}
          {badge.status !== "revoked" ? (
            // The badge image as a PNG (its address beside the SVG's), for a LinkedIn post or a
            // profile's media, where SVG is refused; the shared page previews with it too.
            <a
              href={`${badge.imageUrl}.png`}
              download={`${badge.name}.png`}
              className={buttonClasses({ variant: "secondary", size: "sm", className: "gap-2" })}
            >
              <ImageDown aria-hidden="true" />
              Badge image (PNG)
            </a>
          ) : null}
          {badge.status !== "revoked" ? <WalletOffer badgeId={badge.id} name={badge.name} /> : null}
        </div>
      </div>
    </Card>
  );
}
