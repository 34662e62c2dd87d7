// LIKE patterns from what a user typed: %, _ and the escape character match themselves, so a search
// for "100%" finds "100%", not everything starting with "100".
const escapeLike = (text: string) => text.trim().replace(/[\\%_]/g, (c) => '\\' + c);

/** Matches text that starts with the typed words ('김민' → '김민%'). */
export const likePrefix = (text: string) => escapeLike(text) + '%';

/** Matches text that contains the typed words anywhere ('반찬' → '%반찬%'). */
export const likeAnywhere = (text: string) => '%' + escapeLike(text) + '%';
