/** How the dashboard writes its figures; a dash where there is nothing to measure yet. */
export function percentText(value: number | null): string {
  return value === null ? "—" : `${value}%`;
}

export function numberText(value: number | null, unit = ""): string {
  return value === null ? "—" : `${value}${unit}`;
}

export function ofText(part: number, whole: number): string {
  return `${part} of ${whole}`;
}
