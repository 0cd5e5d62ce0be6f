/** "1 approval", "2 approvals": the BFF's own words (the SPA's go through its catalogue). */
export const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
