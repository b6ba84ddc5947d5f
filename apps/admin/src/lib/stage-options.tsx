/** The stages as a select's options, named the way every admin form names them. */
export function StageOptions({
  stages,
}: {
  stages: readonly { id: string; position: number; title: string }[];
}) {
  return stages.map((stage) => (
    <option key={stage.id} value={stage.id}>
      Stage {stage.position}: {stage.title}
    </option>
  ));
}
