/** Id of a note's excerpt, which its markers point at (aria-describedby) and the tooltip shows. */
export const noteExcerptId = (n: number): string => `note-${n}-x`;
