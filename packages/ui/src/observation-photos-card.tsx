import {
  checkObservationPhoto,
  OBSERVATION_PHOTO_ACCEPT,
} from "@throughline/domain/observation-photo";
import { Camera, CircleAlert, WifiOff } from "lucide-react";
import { type ChangeEvent, useId, useRef, useState, useSyncExternalStore } from "react";
import { type GalleryPhoto, ObservationPhotoGallery } from "./observation-photo-gallery.tsx";
import type { ObservationPhotoStore } from "./observation-photo-upload.ts";

function subscribeToConnection(onChange: () => void) {
  window.addEventListener("online", onChange);
  window.addEventListener("offline", onChange);
  return () => {
    window.removeEventListener("online", onChange);
    window.removeEventListener("offline", onChange);
  };
}

/** Whether the browser believes it has a connection, kept current by its online/offline events. */
function useOnline(): boolean {
  return useSyncExternalStore(subscribeToConnection, () => navigator.onLine);
}

/**
 * Photo evidence on the recording screen. Unlike notes, photos are not kept in the offline
 * draft (a phone's storage for a web page is small), so adding one needs a connection, and the
 * card says so instead of failing silently.
 */
export function PhotosCard({
  observationId,
  initialPhotos,
  store,
}: {
  observationId: string;
  initialPhotos: readonly GalleryPhoto[];
  store: ObservationPhotoStore;
}) {
  const [photos, setPhotos] = useState<GalleryPhoto[]>([...initialPhotos]);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const online = useOnline();
  const inputRef = useRef<HTMLInputElement>(null);
  const id = useId();
  const errorId = `${id}-error`;

  async function onChoose(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    setStatus(null);
    if (!file) return;
    const refused = checkObservationPhoto({
      fileName: file.name,
      contentType: file.type,
      sizeBytes: file.size,
    });
    setError(refused);
    if (refused) return;
    setBusy(true);
    const result = await store.upload(observationId, file);
    setBusy(false);
    if (inputRef.current) inputRef.current.value = "";
    if (!result.ok) {
      setError(result.message);
      return;
    }
    setPhotos((current) => [...current, { id: result.id, takenAt: new Date() }]);
    setStatus(`Added photo ${photos.length + 1}.`);
  }

  async function remove(photo: GalleryPhoto, alt: string) {
    setBusy(true);
    const result = await store.remove(photo.id);
    setBusy(false);
    if (!result.ok) {
      setError(result.message);
      return;
    }
    setError(null);
    setPhotos((current) => current.filter((other) => other.id !== photo.id));
    setStatus(`Removed ${alt}.`);
  }

  return (
    <section aria-labelledby={`${id}-heading`} className="flex flex-col gap-3">
      <h2 id={`${id}-heading`} className="text-lg font-semibold">
        Photos
      </h2>
      {photos.length > 0 ? (
        <ObservationPhotoGallery photos={photos} onRemove={remove} removing={busy} />
      ) : (
        <p className="text-sm text-muted-foreground">
          No photos yet. Student work or the board can say what notes cannot.
        </p>
      )}
      {online ? (
        <label
          htmlFor={id}
          className="flex min-h-12 cursor-pointer items-center justify-center gap-2 rounded-md border border-input bg-surface px-4 font-medium has-[:disabled]:cursor-not-allowed has-[:disabled]:opacity-60 has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-ring hover:bg-muted"
        >
          <Camera aria-hidden="true" className="size-5" />
          {busy ? "Adding the photo…" : "Add a photo"}
          <input
            ref={inputRef}
            id={id}
            type="file"
            accept={OBSERVATION_PHOTO_ACCEPT}
            capture="environment"
            disabled={busy}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? errorId : undefined}
            onChange={(event) => void onChoose(event)}
            className="sr-only"
          />
        </label>
      ) : (
        <p className="flex items-center gap-2 rounded-md border border-border bg-muted px-3 py-3 text-sm">
          <WifiOff aria-hidden="true" className="size-4 shrink-0" />
          Photos can be added when you are back online.
        </p>
      )}
      {error ? (
        <p id={errorId} className="flex items-start gap-1.5 text-sm font-medium text-danger">
          <CircleAlert aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
          <span>{error}</span>
        </p>
      ) : null}
      <p role="status" className="text-sm text-success">
        {status}
      </p>
    </section>
  );
}
