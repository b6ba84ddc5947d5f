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
      <section aria-labelledby="trend-heading" className="flex flex-col gap-4">
        <h2 id="trend-heading" className="text-xl font-semibold tracking-tight">
          Indicator trend
        </h2>
        <TeacherGrowth teacherId={teacherId} name={name} />
      </section>
      <section aria-labelledby="recommended-heading" className="flex flex-col gap-4">
        <h2 id="recommended-heading" className="text-xl font-semibold tracking-tight">
          Recommended sessions
        </h2>
        <TeacherRecommendations teacherId={teacherId} name={name} />
        <SetAsideList teacherId={teacherId} />
        {stageIds.length > 0 ? <PinForm teacherId={teacherId} stageIds={stageIds} /> : null}
      </section>
    </>
  );
}
