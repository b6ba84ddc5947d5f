import { videoSource } from "@throughline/domain/video-source";
import { ExternalLink, FileText } from "lucide-react";
import { useId } from "react";
import { cn } from "./utils.ts";

interface VideoEmbedProps {
  url: string;
  /** Names the player for assistive technology and heads the block. */
  title: string;
  /** What is said in the video, for people who cannot hear it or prefer to read. */
  transcript: string;
  className?: string;
}

/**
 * An accessible video: YouTube and Vimeo in their player (titled, so a screen reader can name
 * the frame), a direct file in the browser's own player, anything else as a link, and always the
 * transcript in a disclosure that opens with the keyboard (a native `<details>`).
 */
export function VideoEmbed({ url, title, transcript, className }: VideoEmbedProps) {
  const source = videoSource(url);
  const transcriptId = useId();
  return (
    <figure className={cn("flex flex-col gap-3", className)}>
      {source.kind === "link" ? (
        <a
          href={source.href}
          target="_blank"
          rel="noreferrer noopener"
          className="inline-flex items-center gap-2 font-medium text-primary underline hover:text-primary-hover"
        >
          Watch “{title}”
          <ExternalLink aria-hidden="true" className="size-4" />
          <span className="sr-only">(opens in a new tab)</span>
        </a>
      ) : (
        <div className="aspect-video w-full overflow-hidden rounded-lg bg-foreground">
          {source.kind === "embed" ? (
            <iframe
              src={source.src}
              title={title}
              className="size-full"
              loading="lazy"
              allow="encrypted-media; picture-in-picture; fullscreen"
              allowFullScreen
              referrerPolicy="strict-origin-when-cross-origin"
            />
          ) : (
            // The transcript below stands in for captions for a file with none of its own.
            // biome-ignore lint/a11y/useMediaCaption: the transcript is offered beside the player.
            <video
              src={source.src}
              controls
              preload="metadata"
              aria-label={title}
              aria-describedby={transcriptId}
              className="size-full"
            />
          )}
        </div>
      )}
      <details className="group rounded-lg border border-border bg-surface">
        <summary className="flex cursor-pointer items-center gap-2 px-4 py-3 text-sm font-medium text-foreground">
          <FileText aria-hidden="true" className="size-4 text-muted-foreground" />
          <span className="group-open:hidden">Show the transcript</span>
          <span className="hidden group-open:inline">Hide the transcript</span>
        </summary>
        <div
          id={transcriptId}
          className="border-t border-border px-4 py-3 text-sm leading-6 whitespace-pre-line"
        >
          {transcript}
        </div>
      </details>
    </figure>
  );
}
