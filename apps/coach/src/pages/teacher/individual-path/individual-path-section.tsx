import { TitledSection } from "@throughline/ui/titled-section";
import { PinForm } from "./pin-form.tsx";
import { SetAsideList } from "./set-aside-list.tsx";
import { TeacherGrowth } from "./teacher-growth.tsx";
import { TeacherRecommendations } from "./teacher-recommendations.tsx";

/**
 * The teacher's individual path on their coach's page: the indicator trend, the sessions
 * recommended to them (as they see them), and assigning one.
 */
export function IndividualPathSection({
  teacherId,
  name,
  stageIds,
}: {
  teacherId: string;
  name: string;
  /** The stages the teacher is enrolled in: the sessions a coach can assign. */
  stageIds: readonly string[];
}) {
  return (
    <>
      <TitledSection headingId="trend-heading" title="Indicator trend" size="xl">
        <TeacherGrowth teacherId={teacherId} name={name} />
      </TitledSection>
      <TitledSection headingId="recommended-heading" title="Recommended sessions" size="xl">
        <TeacherRecommendations teacherId={teacherId} name={name} />
        <SetAsideList teacherId={teacherId} />
        {stageIds.length > 0 ? <PinForm teacherId={teacherId} stageIds={stageIds} /> : null}
      </TitledSection>
    </>
  );
}
