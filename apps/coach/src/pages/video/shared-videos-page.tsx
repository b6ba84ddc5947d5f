import { useQuery } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { QueryView } from "@throughline/app-kit/query-view";
import { VideoList } from "@throughline/app-kit/video/video-list";
import { EmptyState } from "@throughline/ui/empty-state";
import { PageHeader } from "@throughline/ui/page-header";
import { Video } from "lucide-react";

/** Lesson videos teachers shared with the coach (by name or through a team), newest first. */
export function SharedVideosPage() {
  const query = useQuery(trpc.video.sharedWithMe.queryOptions());
  return (
    <>
      <PageHeader
        title="Classroom video"
        description="Lessons teachers shared with you. Comment at a moment and tag it with an indicator."
      />
      <QueryView query={query} about="videos shared with you">
        {(videos) =>
          videos.length === 0 ? (
            <EmptyState title="No videos shared with you" icon={Video}>
              <p>When a teacher shares a lesson video with you or your team, it appears here.</p>
            </EmptyState>
          ) : (
            <VideoList rows={videos} linkTo={(id) => `/videos/${id}`} />
          )
        }
      </QueryView>
    </>
  );
}
