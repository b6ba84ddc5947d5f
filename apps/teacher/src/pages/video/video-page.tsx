import { VideoReviewScreen } from "@throughline/app-kit/video/video-review-screen";
import { useParams } from "react-router";

/** One of the teacher's videos, or one a colleague shared with them. */
export function VideoPage() {
  const { videoId = "" } = useParams();
  return <VideoReviewScreen videoId={videoId} back={{ to: "/videos", label: "All videos" }} />;
}
