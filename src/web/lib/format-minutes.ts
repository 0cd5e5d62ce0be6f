/** A duration for people: "45 min", "2 h", "3 h 20 min". */
export function formatMinutes(total: number): string {
  const hours = Math.floor(total / 60);
  const minutes = Math.round(total - hours * 60);
  if (hours === 0) return `${minutes} min`;
  return minutes === 0 ? `${hours} h` : `${hours} h ${minutes} min`;
}
