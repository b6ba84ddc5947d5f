import {
  MediaCaptionsButton,
  MediaControlBar,
  MediaController,
  MediaFullscreenButton,
  MediaMuteButton,
  MediaPlayButton,
  MediaPlaybackRateButton,
  MediaSeekBackwardButton,
  MediaSeekForwardButton,
  MediaTimeDisplay,
  MediaTimeRange,
} from "media-chrome/react";
import type { Ref } from "react";
import { videoUrls } from "./moment.tsx";

interface VideoPlayerProps {
  videoId: string;
  title: string;
  hasPoster: boolean;
  captions: readonly { id: string; label: string; language: string }[];
  /** The <video> element, for the timeline to seek and read the moment. */
  videoRef: Ref<HTMLVideoElement>;
  /** A clip's segment: the media fragment (`#t=start,end`) tells the browser where to play. */
  fragment?: { startSeconds: number; endSeconds: number };
}

/**
 * The accessible player (media-chrome): keyboard-operable controls with labels, captions,
 * playback speed and ten-second skips; the file streams with range requests, so seeking works
 * on a phone before the whole video arrives.
 */
export function VideoPlayer({
  videoId,
  title,
  hasPoster,
  captions,
  videoRef,
  fragment,
}: VideoPlayerProps) {
  const urls = videoUrls(videoId);
  const src = fragment
    ? `${urls.play}#t=${fragment.startSeconds},${fragment.endSeconds}`
    : urls.play;
  return (
    <MediaController className="block aspect-video w-full overflow-hidden rounded-lg bg-black">
      {/* biome-ignore lint/a11y/useMediaCaption: the caption tracks are the files attached to the video, drawn below; a lesson recording has none until someone attaches one */}
      <video
        ref={videoRef}
        slot="media"
        src={src}
        poster={hasPoster ? urls.poster : undefined}
        preload="metadata"
        playsInline
        crossOrigin="use-credentials"
        aria-label={title}
        className="h-full w-full"
      >
        {captions.map((caption, index) => (
          <track
            key={caption.id}
            kind="captions"
            src={urls.caption(caption.id)}
            srcLang={caption.language}
            label={caption.label}
            default={index === 0}
          />
        ))}
      </video>
      <MediaControlBar className="w-full">
        <MediaPlayButton />
        <MediaSeekBackwardButton seekOffset={10} />
        <MediaSeekForwardButton seekOffset={10} />
        <MediaTimeRange />
        <MediaTimeDisplay showDuration />
        <MediaMuteButton />
        {captions.length > 0 ? <MediaCaptionsButton /> : null}
        <MediaPlaybackRateButton />
        <MediaFullscreenButton />
      </MediaControlBar>
    </MediaController>
  );
}
