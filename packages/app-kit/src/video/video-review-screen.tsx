import { useQuery } from "@tanstack/react-query";
import { Alert } from "@throughline/ui/alert";
import { BackLink } from "@throughline/ui/back-link";
import { PageHeader } from "@throughline/ui/page-header";
import { TitledCard } from "@throughline/ui/titled-card";
import { useCallback, useRef } from "react";
import { trpc } from "../client.ts";
import { QueryView } from "../query-view.tsx";
import { SharedClipsPanel } from "./clip-meeting-choice.tsx";
import { VideoCaptionForm } from "./video-caption-form.tsx";
import { VideoClipsPanel } from "./video-clips-panel.tsx";
import { VideoCommentForm } from "./video-comment-form.tsx";
import { VideoDeleteButton } from "./video-delete-button.tsx";
import { VideoPlayer } from "./video-player.tsx";
import { VideoSharePanel } from "./video-share-panel.tsx";
import { VideoTimeline } from "./video-timeline.tsx";

/**
 * One video for its teacher or someone they shared it with: the player, the comments by
 * moment (a moment seeks the player), the comment form; for the teacher also sharing, clips,
 * captions and delete. The teacher's and the coach's apps both show this screen.
 */
export function VideoReviewScreen({
  videoId,
  back,
}: {
  videoId: string;
  back: { to: string; label: string };
}) {
  const query = useQuery({
    ...trpc.video.get.queryOptions({ videoId }),
    // While the worker prepares the video, look again every few seconds.
    refetchInterval: (current) =>
      current.state.data?.video.status === "processing" ? 3000 : false,
  });
  const videoRef = useRef<HTMLVideoElement | null>(null);
  const seek = useCallback((seconds: number) => {
    const video = videoRef.current;
    if (!video) return;
    video.currentTime = seconds;
    void video.play().catch(() => undefined);
  }, []);
  const currentMoment = useCallback(() => Math.floor(videoRef.current?.currentTime ?? 0), []);

  return (
    <>
      <BackLink to={back.to}>{back.label}</BackLink>
      <QueryView query={query} about="this video">
        {(review) => (
          <>
            <PageHeader
              title={review.video.title}
              description={review.standing === "owner" ? "Your video" : `Shared with you`}
              aside={
                review.standing === "owner" ? (
                  <VideoDeleteButton videoId={review.video.id} afterDelete={back.to} />
                ) : null
              }
            />
            <div className="grid grid-cols-1 gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
              <div className="flex min-w-0 flex-col gap-6">
                {review.video.status === "ready" ? (
                  <VideoPlayer
                    videoId={review.video.id}
                    title={review.video.title}
                    hasPoster={review.video.hasPoster}
                    captions={review.captions}
                    videoRef={videoRef}
                  />
                ) : review.video.status === "processing" ? (
                  <Alert variant="info" title="Preparing your video">
                    It is being converted for playback on phones and computers; this page updates
                    when it is ready.
                  </Alert>
                ) : (
                  <Alert variant="error" title="This video could not be prepared">
                    The file could not be converted. Try uploading it again, or record it in another
                    format.
                  </Alert>
                )}
                <TitledCard title="Comments" level={2}>
                  <VideoTimeline review={review} seek={seek} />
                </TitledCard>
              </div>
              <div className="flex min-w-0 flex-col gap-6">
                <TitledCard title="Comment at a moment" level={2}>
                  <VideoCommentForm review={review} currentMoment={currentMoment} />
                </TitledCard>
                {review.standing === "owner" ? (
                  <>
                    <VideoSharePanel review={review} />
                    <VideoClipsPanel review={review} seek={seek} currentMoment={currentMoment} />
                  </>
                ) : (
                  <SharedClipsPanel review={review} />
                )}
                <TitledCard title="Captions" level={2}>
                  <VideoCaptionForm review={review} />
                </TitledCard>
              </div>
            </div>
          </>
        )}
      </QueryView>
    </>
  );
}
