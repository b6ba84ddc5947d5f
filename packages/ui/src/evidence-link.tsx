import { Link as LinkIcon } from "lucide-react";

/** A step's evidence link, opened in a new tab and shown in full (long addresses wrap). */
export function EvidenceLink({ url }: { url: string }) {
  return (
    <a
      href={url}
      target="_blank"
      rel="noreferrer"
      className="inline-flex items-center gap-1.5 break-all text-primary underline hover:text-primary-hover"
    >
      <LinkIcon aria-hidden="true" className="size-4 shrink-0" />
      {url}
    </a>
  );
}
