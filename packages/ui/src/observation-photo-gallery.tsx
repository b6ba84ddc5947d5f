import { observationPhotoUrl } from "@throughline/domain/observation-photo";
import { Trash2 } from "lucide-react";
import { Button } from "./button.tsx";
import { formatTime } from "./format.ts";

export interface GalleryPhoto {
  id: string;
  takenAt: Date;
}

/** "Photo 2 of the lesson, 10:42 AM": what a screen reader hears, since no one captions a photo mid-lesson. */
function photoAlt(index: number, photo: GalleryPhoto): string {
  return `Photo ${index + 1} of the lesson, ${formatTime(photo.takenAt)}`;
}

/**
 * An observation's photos as thumbnails, each opening the full image. With `onRemove` (the
 * observer's recording screen) each has a remove button.
 */
export function ObservationPhotoGallery({
  photos,
  onRemove,
  removing = false,
}: {
  photos: readonly GalleryPhoto[];
  onRemove?: (photo: GalleryPhoto, alt: string) => void;
  removing?: boolean;
}) {
  return (
    <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3" aria-label="Photos">
      {photos.map((photo, index) => {
        const alt = photoAlt(index, photo);
        return (
          <li key={photo.id} className="flex flex-col gap-1.5">
            <a
              href={observationPhotoUrl(photo.id)}
              target="_blank"
              rel="noreferrer"
              className="block overflow-hidden rounded-md border border-border focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none"
            >
              <img
                src={observationPhotoUrl(photo.id)}
                alt={alt}
                loading="lazy"
                className="aspect-4/3 w-full bg-muted object-cover"
              />
            </a>
            {onRemove ? (
              <Button
                variant="ghost"
                size="sm"
                disabled={removing}
                onClick={() => onRemove(photo, alt)}
              >
                <Trash2 aria-hidden="true" />
                Remove<span className="sr-only"> {alt}</span>
              </Button>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
