import { useEffect, useRef } from "react";
import { formatMoment } from "./moment.tsx";
import { VideoPlayer } from "./video-player.tsx";

interface PlayableClip {
  videoId: string;
  title: string;
  startSeconds: number;
  endSeconds: number;
  hasPoster: boolean;
  captions: readonly { id: string; label: string; language: string }[];
}

/**
 * One clip in the accessible player: it opens at the clip's start and stops at its end, and a
 * seek outside the segment comes back to it, so a meeting or a reviewer watches what the
 * teacher picked out and not the rest of the lesson.
 */
export function ClipPlayer({ clip }: { clip: PlayableClip }) {
  const videoRef = useRef<HTMLVideoElement | null>(null);
  const { startSeconds, endSeconds } = clip;
  useEffect(() => {
    const video = videoRef.current;
    if (!video) return;
    const toStart = () => {
      if (video.currentTime < startSeconds - 0.25 || video.currentTime > endSeconds) {
        video.currentTime = startSeconds;
      }
    };
    const keepInside = () => {
      if (video.currentTime >= endSeconds) {
        video.pause();
        video.currentTime = endSeconds;
      } else if (video.currentTime < startSeconds - 0.25) {
        video.currentTime = startSeconds;
      }
    };
    // Playing again after the end starts the clip over.
    const replay = () => {
      if (video.currentTime >= endSeconds - 0.05) video.currentTime = startSeconds;
    };
    video.addEventListener("loadedmetadata", toStart);
    video.addEventListener("timeupdate", keepInside);
    video.addEventListener("play", replay);
    if (video.readyState >= 1) toStart();
    return () => {
      video.removeEventListener("loadedmetadata", toStart);
      video.removeEventListener("timeupdate", keepInside);
      video.removeEventListener("play", replay);
    };
  }, [startSeconds, endSeconds]);
  return (
    <figure className="flex w-full max-w-2xl flex-col gap-2">
      <VideoPlayer
        videoId={clip.videoId}
        title={`${clip.title}, clip ${formatMoment(startSeconds)} to ${formatMoment(endSeconds)}`}
        hasPoster={clip.hasPoster}
        captions={clip.captions}
        videoRef={videoRef}
        fragment={{ startSeconds, endSeconds }}
      />
      <figcaption className="text-muted-foreground text-sm">
        {clip.title} · {formatMoment(startSeconds)}–{formatMoment(endSeconds)}
      </figcaption>
    </figure>
  );
}
