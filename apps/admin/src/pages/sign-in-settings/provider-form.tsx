import { useMutation, useQueryClient } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import type { SsoPresetKey, SsoSettingsView } from "@throughline/domain/sso";
import { draftField } from "@throughline/ui/draft-field";
import { fieldError } from "@throughline/ui/field-error";
import { FieldMessage } from "@throughline/ui/field-message";
import { FormCard } from "@throughline/ui/form-card";
import { FormField } from "@throughline/ui/form-field";
import { Label } from "@throughline/ui/label";
import { TextAreaField } from "@throughline/ui/text-area-field";
import { UrlField } from "@throughline/ui/url-field";
import { useId, useState } from "react";
import { SaveFooter } from "../../lib/save-footer.tsx";
import {
  draftOf,
  inputOf,
  type ProviderDraft,
  presetChoices,
  withPreset,
} from "./provider-draft.ts";

const selectClass =
  "block h-10 w-full max-w-md rounded-md border border-input bg-surface px-3 text-base text-foreground";

/** The district's identity provider: which one, how to reach it, and the domains it serves. */
export function ProviderForm({ settings }: { settings: SsoSettingsView }) {
  const queryClient = useQueryClient();
  const id = useId();
  const [draft, setDraft] = useState<ProviderDraft>(() => draftOf(settings.provider));
  const save = useMutation(
    trpc.ssoSettings.save.mutationOptions({
      onSuccess: (saved) => {
        queryClient.setQueryData(trpc.ssoSettings.get.queryKey(), saved);
        setDraft(draftOf(saved.provider));
      },
    }),
  );
  const busy = save.isPending;
  const edit = (change: Partial<ProviderDraft>) => {
    save.reset();
    setDraft((current) => ({ ...current, ...change }));
  };
  const errorOf = (path: string) => fieldError(save.error, path);
  const field = draftField({ draft, disabled: busy, errorOf, onChange: edit });
  const domainsError = fieldError(save.error, "domains", { nested: true });
  const submit = () => {
    save.mutate(inputOf(draft));
  };
  const saml = draft.preset === "saml";
  const secretSaved = settings.provider?.protocol === "oidc" && settings.provider.clientSecretSaved;

  return (
    <FormCard
      title="Identity provider"
      description="People whose email is on your district's domains sign in here with your identity provider. Only people already in Throughline can sign in: a sign-in never adds anyone."
      onSubmit={submit}
      className="gap-5"
    >
      <div className="flex flex-col gap-2">
        <Label htmlFor={`${id}-preset`}>Provider</Label>
        <select
          id={`${id}-preset`}
          className={selectClass}
          value={draft.preset}
          disabled={busy}
          onChange={(event) => {
            save.reset();
            setDraft((current) => withPreset(current, event.target.value as SsoPresetKey));
          }}
        >
          {presetChoices.map((choice) => (
            <option key={choice.key} value={choice.key}>
              {choice.label}
            </option>
          ))}
        </select>
      </div>

      <FormField
        label="Name on the sign-in button"
        hint={`People see "Continue with ${draft.displayName || "…"}".`}
        {...field("displayName")}
      />

      {draft.preset === "microsoft" ? (
        <FormField
          label="Directory (tenant) ID"
          hint="From the Microsoft Entra admin centre, Overview page."
          {...field("tenantId", "issuer")}
          spellCheck={false}
        />
      ) : null}
      {draft.preset === "oidc" ? (
        <>
          <UrlField
            label="Issuer URL"
            hint="Exactly as the provider names itself, e.g. https://login.example.org/realms/district."
            {...field("issuer")}
          />
          <UrlField
            label="Discovery URL (optional)"
            hint="Only if it is not the issuer followed by /.well-known/openid-configuration."
            {...field("discoveryUrl")}
          />
        </>
      ) : null}
      {!saml && draft.preset !== "oidc" && draft.preset !== "microsoft" ? (
        <>
          <p className="text-sm text-muted-foreground">Issuer: {draft.issuer}</p>
          <FieldMessage id={`${id}-issuer-error`} message={errorOf("issuer")} />
        </>
      ) : null}

      {!saml ? (
        <>
          <FormField
            label="Client ID"
            {...field("clientId")}
            spellCheck={false}
            autoComplete="off"
          />
          <FormField
            label={secretSaved ? "Replace the client secret" : "Client secret"}
            hint={
              secretSaved
                ? "A secret is saved (it is never shown). Leave this empty to keep it."
                : "Stored encrypted; it is never shown again."
            }
            type="password"
            autoComplete="new-password"
            {...field("clientSecret")}
          />
        </>
      ) : (
        <SamlFields id={id} draft={draft} busy={busy} errorOf={errorOf} edit={edit} />
      )}

      <FormField
        label="Email domains"
        hint="The addresses this provider signs in, separated by commas, e.g. maplevalley.org, staff.maplevalley.org."
        value={draft.domains}
        spellCheck={false}
        disabled={busy}
        error={domainsError}
        onChange={(event) => edit({ domains: event.target.value })}
      />

      <div className="flex flex-col gap-3">
        <SaveFooter
          save={save}
          label="Save identity provider"
          pendingLabel={saml ? "Saving…" : "Checking the provider…"}
          savedTitle="Identity provider saved"
          savedMessage={<>Run "Test sign-in" below, then try signing in from a private window.</>}
          failedTitle="The identity provider was not saved"
        />
      </div>
    </FormCard>
  );
}

function SamlFields(props: {
  id: string;
  draft: ProviderDraft;
  busy: boolean;
  errorOf: (path: string) => string | null;
  edit: (change: Partial<ProviderDraft>) => void;
}) {
  const { id, draft, busy, errorOf, edit } = props;
  const field = draftField({ draft, disabled: busy, errorOf, onChange: edit });
  return (
    <fieldset className="flex flex-col gap-4">
      <legend className="mb-2 text-sm font-medium text-foreground">
        How to reach the provider
      </legend>
      <div className="flex flex-wrap gap-4">
        {(["metadata", "manual"] as const).map((source) => (
          <label key={source} className="flex items-center gap-2 text-sm">
            <input
              type="radio"
              name={`${id}-saml-source`}
              className="size-4 accent-primary"
              checked={draft.samlSource === source}
              disabled={busy}
              onChange={() => edit({ samlSource: source })}
            />
            {source === "metadata" ? "Paste its metadata XML" : "Enter its details by hand"}
          </label>
        ))}
      </div>
      {draft.samlSource === "metadata" ? (
        <TextAreaField
          label="Identity provider metadata (XML)"
          hint="ADFS: https://<your-adfs>/FederationMetadata/2007-06/FederationMetadata.xml. Shibboleth: the IdP's metadata file."
          rows={6}
          {...field("idpMetadataXml")}
          spellCheck={false}
          className="[&_textarea]:font-mono [&_textarea]:text-sm"
        />
      ) : (
        <>
          <FormField
            label="Identity provider entity ID"
            {...field("idpEntityId")}
            spellCheck={false}
          />
          <UrlField label="Single sign-on URL" {...field("entryPoint")} />
          <TextAreaField
            label="Signing certificate (PEM)"
            rows={5}
            {...field("certificate")}
            spellCheck={false}
            className="[&_textarea]:font-mono [&_textarea]:text-sm"
          />
        </>
      )}
    </fieldset>
  );
}
