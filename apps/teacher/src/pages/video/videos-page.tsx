import { useQuery, useQueryClient } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { QueryView } from "@throughline/app-kit/query-view";
import { VideoList } from "@throughline/app-kit/video/video-list";
import { VideoUploadCard } from "@throughline/app-kit/video/video-upload-card";
import { EmptyState } from "@throughline/ui/empty-state";
import { PageHeader } from "@throughline/ui/page-header";
import { TitledSection } from "@throughline/ui/titled-section";
import { Video } from "lucide-react";
import { useCallback } from "react";
import { useNavigate } from "react-router";

/** The teacher's lesson videos: record or upload one, and open one to watch and discuss it. */
export function VideosPage() {
  const query = useQuery(trpc.video.mine.queryOptions());
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const uploaded = useCallback(
    async (videoId: string) => {
      await queryClient.invalidateQueries({ queryKey: trpc.video.mine.queryKey() });
      navigate(`/videos/${videoId}`);
    },
    [navigate, queryClient],
  );
  return (
    <>
      <PageHeader
        title="Classroom video"
        description="Record a lesson, mark moments to reflect on, and share it with your coach or team for feedback tied to the framework."
      />
      <QueryView query={query} about="your videos">
        {({ videos, settings }) => (
          <div className="flex flex-col gap-8">
            <VideoUploadCard
              maxBytes={settings.maxBytes}
              consentRule={settings.consentRule}
              onUploaded={(id) => void uploaded(id)}
            />
            <TitledSection headingId="my-videos" title="My videos">
              {videos.length === 0 ? (
                <EmptyState title="No videos yet" icon={Video}>
                  <p>
                    Videos you record or upload appear here. Only you see them until you share one.
                  </p>
                </EmptyState>
              ) : (
                <VideoList rows={videos} linkTo={(id) => `/videos/${id}`} />
              )}
            </TitledSection>
          </div>
        )}
      </QueryView>
    </>
  );
}
