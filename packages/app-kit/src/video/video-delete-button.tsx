import { useQueryClient } from "@tanstack/react-query";
import { Button } from "@throughline/ui/button";
import { ConfirmDialog } from "@throughline/ui/confirm-dialog";
import { useState } from "react";
import { useNavigate } from "react-router";
import { trpc } from "../client.ts";
import { videoUrls } from "./moment.tsx";

/** The teacher deletes their video, with its comments, clips and files, after confirming. */
export function VideoDeleteButton({
  videoId,
  afterDelete,
}: {
  videoId: string;
  afterDelete: string;
}) {
  const [open, setOpen] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const remove = async () => {
    setPending(true);
    setError(null);
    const response = await fetch(videoUrls(videoId).remove, { method: "DELETE" }).catch(() => null);
    setPending(false);
    if (!response?.ok) {
      setError("The video was not deleted. Check your connection and try again.");
      return;
    }
    setOpen(false);
    await queryClient.invalidateQueries({ queryKey: trpc.video.pathKey() });
    navigate(afterDelete);
  };
  return (
    <>
      <Button variant="danger" onClick={() => setOpen(true)}>
        Delete video
      </Button>
      <ConfirmDialog
        open={open}
        title="Delete this video?"
        confirmLabel="Delete video"
        pendingLabel="Deleting…"
        confirmVariant="danger"
        pending={pending}
        error={error}
        onConfirm={() => void remove()}
        onClose={() => setOpen(false)}
      >
        <p>
          The video, its comments, clips and captions are deleted for everyone it is shared with.
          This cannot be undone.
        </p>
      </ConfirmDialog>
    </>
  );
}
