import type { ExternalPdKind, SubmitExternalPdInput } from "@throughline/domain/external-pd";
import type { MyExternalPdRequest } from "./types.ts";

/** The form's fields as typed: text until sent, so a half-typed number is kept as is. */
export interface RequestDraft {
  title: string;
  provider: string;
  kind: ExternalPdKind | "";
  startOn: string;
  endOn: string;
  hours: string;
  description: string;
}

export const emptyRequestDraft: RequestDraft = {
  title: "",
  provider: "",
  kind: "",
  startOn: "",
  endOn: "",
  hours: "",
  description: "",
};

export function draftOf(request: MyExternalPdRequest): RequestDraft {
  return {
    title: request.title,
    provider: request.provider,
    kind: request.kind,
    startOn: request.startOn,
    endOn: request.endOn,
    hours: String(request.hours),
    description: request.description ?? "",
  };
}

/** What the API is sent; the server names any field that is wrong. */
export function inputOf(draft: RequestDraft): SubmitExternalPdInput {
  return {
    title: draft.title,
    provider: draft.provider,
    // An unchosen kind is sent as is, so the server's message names the field.
    kind: draft.kind as ExternalPdKind,
    startOn: draft.startOn,
    endOn: draft.endOn,
    hours: draft.hours.trim() === "" ? Number.NaN : Number(draft.hours),
    description: draft.description,
  };
}
