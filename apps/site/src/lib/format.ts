/** Words for the data's controlled values; numbers and dates are formatted by @ua-drones/data. */

/** 'official-statement' -> 'official statement'. */
export function humanize(token: string): string {
  return token.replace(/-/g, ' ');
}
