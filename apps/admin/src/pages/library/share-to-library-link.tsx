import type { LibraryKind } from "@throughline/domain/library";
import { Button } from "@throughline/ui/button";
import { Share2 } from "lucide-react";
import { Link } from "react-router";

/**
 * "Share to library" on a program, stage, session or micro-credential: opens the shared
 * library's share form with it chosen (license and attribution are set there).
 */
export function ShareToLibraryLink({
  kind,
  id,
  stageId,
  children = "Share to library",
}: {
  kind: LibraryKind;
  id: string;
  /** For a session: the stage it is in. */
  stageId?: string;
  /** The link's text, where several share links sit on one page. */
  children?: string;
}) {
  const search = new URLSearchParams({ share: kind, id, ...(stageId ? { stage: stageId } : {}) });
  return (
    <Button asChild variant="secondary" size="sm">
      <Link to={`/library?${search.toString()}#share`}>
        <Share2 aria-hidden="true" className="size-4" />
        {children}
      </Link>
    </Button>
  );
}
