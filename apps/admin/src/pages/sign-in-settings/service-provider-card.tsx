import type { ServiceProviderDetails } from "@throughline/domain/sso";
import { Button } from "@throughline/ui/button";
import { TitledCard } from "@throughline/ui/titled-card";
import { Check, Copy } from "lucide-react";
import { useState } from "react";

function CopyRow({ label, value }: { label: string; value: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <div className="flex flex-col gap-1">
      <dt className="text-sm font-medium text-foreground">{label}</dt>
      <dd className="flex flex-wrap items-center gap-2">
        <code className="min-w-0 flex-1 rounded-md bg-muted px-2 py-1.5 text-sm break-all">
          {value}
        </code>
        <Button
          type="button"
          variant="secondary"
          size="sm"
          onClick={() => {
            void navigator.clipboard?.writeText(value).then(() => setCopied(true));
          }}
        >
          {copied ? <Check aria-hidden="true" /> : <Copy aria-hidden="true" />}
          {copied ? "Copied" : "Copy"}
          <span className="sr-only"> {label}</span>
        </Button>
      </dd>
    </div>
  );
}

/** What the district's IT lead enters at the identity provider, ready to copy. */
export function ServiceProviderCard({
  details,
  protocol,
}: {
  details: ServiceProviderDetails;
  protocol: "oidc" | "saml";
}) {
  return (
    <TitledCard
      title="What to enter at your identity provider"
      description={
        protocol === "oidc"
          ? "Register Throughline as a web application and allow this redirect URI."
          : "Add Throughline as a relying party (service provider) with these values, and release the email address (NameID or an attribute named email)."
      }
    >
      <dl className="flex flex-col gap-4">
        {protocol === "oidc" ? (
          <CopyRow label="Redirect URI" value={details.redirectUri} />
        ) : (
          <>
            <CopyRow label="ACS URL (Assertion Consumer Service)" value={details.acsUrl} />
            <CopyRow label="Entity ID (audience)" value={details.entityId} />
            <CopyRow label="Service provider metadata" value={details.metadataUrl} />
          </>
        )}
      </dl>
    </TitledCard>
  );
}
