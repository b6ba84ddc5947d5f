import { VideoReviewScreen } from "@throughline/app-kit/video/video-review-screen";
import { useParams } from "react-router";

/** A video a teacher shared with the coach: watch, comment at moments, reply. */
export function VideoPage() {
  const { videoId = "" } = useParams();
  return <VideoReviewScreen videoId={videoId} back={{ to: "/videos", label: "Shared videos" }} />;
}
