import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import type { CredentialImage } from "@throughline/domain/credential-admin";
import { CREDENTIAL_IMAGE_TYPES } from "@throughline/domain/credential-admin";
import { Button } from "@throughline/ui/button";
import { fieldError } from "@throughline/ui/field-error";
import { FieldMessage } from "@throughline/ui/field-message";
import { uploadFile } from "@throughline/ui/file-upload";
import { FormCard } from "@throughline/ui/form-card";
import { Input } from "@throughline/ui/input";
import { Label } from "@throughline/ui/label";
import { useId, useState } from "react";
import { SaveFooter } from "../../lib/save-footer.tsx";

const UPLOAD_URL = "/files/credential-images";

interface SavedProfile {
  websiteUrl: string | null;
  logoUrl: string | null;
  platformUrl: string;
}

function isImageType(type: string): type is CredentialImage["contentType"] {
  return (CREDENTIAL_IMAGE_TYPES as readonly string[]).includes(type);
}

/** The district as the issuer of its badges: the website and logo a badge's viewer sees. */
export function IssuerProfileCard() {
  const current = useQuery(trpc.credentialIssuer.profile.queryOptions());
  if (current.isPending || current.isError) return null;
  return <IssuerProfileForm saved={current.data} />;
}

function IssuerProfileForm({ saved }: { saved: SavedProfile }) {
  const queryClient = useQueryClient();
  const websiteId = useId();
  const logoId = useId();
  const [website, setWebsite] = useState(saved.websiteUrl ?? "");
  // undefined: keep the saved logo; null: remove it; an image: the one just uploaded.
  const [logo, setLogo] = useState<CredentialImage | null | undefined>(undefined);
  const [uploadMessage, setUploadMessage] = useState<string | null>(null);
  const [uploading, setUploading] = useState(false);
  const save = useMutation(
    trpc.credentialIssuer.saveProfile.mutationOptions({
      onSuccess: () => {
        setLogo(undefined);
        void queryClient.invalidateQueries({ queryKey: trpc.credentialIssuer.profile.queryKey() });
      },
    }),
  );
  const busy = save.isPending || uploading;
  const websiteError = fieldError(save.error, "websiteUrl");
  const logoError = uploadMessage ?? fieldError(save.error, "logo");
  const showsSavedLogo = logo === undefined && saved.logoUrl !== null;

  const choose = async (file: File | undefined) => {
    if (!file) return;
    if (!isImageType(file.type)) {
      setUploadMessage("Use a PNG, SVG or JPEG image.");
      return;
    }
    setUploading(true);
    setUploadMessage(null);
    save.reset();
    const answer = await uploadFile(UPLOAD_URL, { field: "purpose", id: "logo" }, file, {
      noun: "logo",
      idField: "storageKey",
    });
    setUploading(false);
    if (!answer.ok) {
      setUploadMessage(answer.message.replace(/^file: /, ""));
      return;
    }
    setLogo({ storageKey: answer.id, contentType: file.type });
  };

  return (
    <FormCard
      title="Badge issuer"
      description="How your district appears on the badges it awards. Badges awarded from now on carry these; earlier ones keep what they were signed with."
      onSubmit={() => save.mutate({ websiteUrl: website, ...(logo === undefined ? {} : { logo }) })}
      className="gap-4"
    >
      <div className="flex flex-col gap-2">
        <Label htmlFor={websiteId}>District website (optional)</Label>
        <p id={`${websiteId}-hint`} className="text-sm text-muted-foreground">
          Where a badge's "Issued by" links. Left blank, it links to {saved.platformUrl}.
        </p>
        <Input
          id={websiteId}
          type="url"
          inputMode="url"
          className="w-full max-w-md"
          placeholder="https://www.example.k12.us"
          value={website}
          disabled={busy}
          aria-invalid={websiteError ? true : undefined}
          aria-describedby={`${websiteId}-hint${websiteError ? ` ${websiteId}-error` : ""}`}
          onChange={(event) => {
            save.reset();
            setWebsite(event.target.value);
          }}
        />
        <FieldMessage id={`${websiteId}-error`} message={websiteError} />
      </div>
      <div className="flex flex-col gap-2">
        <Label htmlFor={logoId}>District logo (optional)</Label>
        <p id={`${logoId}-hint`} className="text-sm text-muted-foreground">
          PNG, SVG or JPEG, 1 MB at most. Wallets show it beside your district's name.
        </p>
        {showsSavedLogo && saved.logoUrl ? (
          <img
            src={saved.logoUrl}
            alt="The current district logo"
            className="size-20 rounded-md border border-border object-contain"
          />
        ) : null}
        {logo ? (
          <p className="text-sm text-foreground" role="status">
            New logo ready (saved with the form).
          </p>
        ) : null}
        <input
          id={logoId}
          type="file"
          accept={CREDENTIAL_IMAGE_TYPES.join(",")}
          disabled={busy}
          aria-describedby={`${logoId}-hint${logoError ? ` ${logoId}-error` : ""}`}
          aria-invalid={logoError ? true : undefined}
          className="text-sm text-foreground file:mr-3 file:rounded-md file:border file:border-input file:bg-surface file:px-3 file:py-1.5"
          onChange={(event) => void choose(event.target.files?.[0])}
        />
        {uploading ? <p className="text-sm text-muted-foreground">Uploading…</p> : null}
        <FieldMessage id={`${logoId}-error`} message={logoError} />
        {showsSavedLogo || logo ? (
          <Button
            type="button"
            variant="ghost"
            size="sm"
            className="self-start"
            disabled={busy}
            onClick={() => setLogo(null)}
          >
            Remove the logo
          </Button>
        ) : null}
        {logo === null && saved.logoUrl ? (
          <p className="text-sm text-muted-foreground" role="status">
            The logo is removed when you save.
          </p>
        ) : null}
      </div>
      <SaveFooter
        save={save}
        label="Save the issuer profile"
        savedTitle="Issuer profile saved"
        savedMessage="Badges awarded from now on show it."
        failedTitle="The issuer profile was not saved"
      />
    </FormCard>
  );
}
