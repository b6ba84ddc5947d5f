import { MyGrowthSection } from "./my-growth-section.tsx";
import { RecommendedCard } from "./recommended-card.tsx";

/** The individual path beside the stage: what to take next for one's own growth, and that growth. */
export function PathIndividualSection() {
  return (
    <div className="flex flex-col gap-8">
      <RecommendedCard />
      <MyGrowthSection />
    </div>
  );
}
