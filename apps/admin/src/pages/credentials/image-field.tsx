import type { CredentialImage } from "@throughline/domain/credential-admin";
import { CREDENTIAL_IMAGE_TYPES } from "@throughline/domain/credential-admin";
import { Button } from "@throughline/ui/button";
import { FieldMessage } from "@throughline/ui/field-message";
import { uploadFile } from "@throughline/ui/file-upload";
import { Label } from "@throughline/ui/label";
import { useId, useState } from "react";

const UPLOAD_URL = "/files/credential-images";

export interface ImageFieldProps {
  /** The saved credential, whose current image is shown until another is chosen. */
  credentialId: string | null;
  hasSavedImage: boolean;
  image: CredentialImage | null | undefined;
  error: string | null;
  disabled: boolean;
  onChange: (image: CredentialImage | null) => void;
}

function isImageType(type: string): type is CredentialImage["contentType"] {
  return (CREDENTIAL_IMAGE_TYPES as readonly string[]).includes(type);
}

/** The badge image: a PNG, SVG or JPEG of at most 1 MB, uploaded as soon as it is chosen. */
export function ImageField(props: ImageFieldProps) {
  const { credentialId, hasSavedImage, image, disabled, onChange } = props;
  const id = useId();
  const [uploading, setUploading] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [chosenName, setChosenName] = useState<string | null>(null);
  const showsSaved = image === undefined && hasSavedImage && credentialId !== null;
  const shownError = message ?? props.error;

  const choose = async (file: File | undefined) => {
    if (!file) return;
    if (!isImageType(file.type)) {
      setMessage("Use a PNG, SVG or JPEG image.");
      return;
    }
    setUploading(true);
    setMessage(null);
    const answer = await uploadFile(UPLOAD_URL, { field: "purpose", id: "badge" }, file, {
      noun: "image",
      idField: "storageKey",
    });
    setUploading(false);
    if (!answer.ok) {
      setMessage(answer.message.replace(/^file: /, ""));
      return;
    }
    setChosenName(file.name);
    onChange({ storageKey: answer.id, contentType: file.type });
  };

  return (
    <div className="flex flex-col gap-2">
      <Label htmlFor={id}>Badge image (optional)</Label>
      <p id={`${id}-hint`} className="text-sm text-muted-foreground">
        PNG, SVG or JPEG, 1 MB at most. Without one, badges show a generated image.
      </p>
      {showsSaved ? (
        <img
          src={`${UPLOAD_URL}/${credentialId}`}
          alt="The current badge"
          className="size-24 rounded-md border border-border object-contain"
        />
      ) : null}
      {image ? (
        <p className="text-sm text-foreground" role="status">
          New image ready: {chosenName ?? "uploaded"} (saved with the credential).
        </p>
      ) : null}
      <input
        id={id}
        type="file"
        accept={CREDENTIAL_IMAGE_TYPES.join(",")}
        disabled={disabled || uploading}
        aria-describedby={[`${id}-hint`, shownError ? `${id}-error` : null]
          .filter(Boolean)
          .join(" ")}
        aria-invalid={shownError ? true : undefined}
        className="text-sm text-foreground file:mr-3 file:rounded-md file:border file:border-input file:bg-surface file:px-3 file:py-1.5"
        onChange={(event) => void choose(event.target.files?.[0])}
      />
      {uploading ? <p className="text-sm text-muted-foreground">Uploading…</p> : null}
      <FieldMessage id={`${id}-error`} message={shownError} />
      {showsSaved || image ? (
        <Button
          type="button"
          variant="ghost"
          size="sm"
          className="self-start"
          disabled={disabled}
          onClick={() => {
            setChosenName(null);
            onChange(null);
          }}
        >
          Use the generated image instead
        </Button>
      ) : null}
    </div>
  );
}
