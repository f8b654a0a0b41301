/**
 * On Node 20, `Intl.Segmenter` costs far more than linear time in the length
 * of what it is given (the words of a 40k-character answer 0.4 s, 80k 9 s,
 * 200k 70 s; graphemes likewise), while a piece of a few hundred characters
 * costs almost nothing. Node 22 and later segment in linear time, and pieces
 * cost them nothing either. So long text is segmented piece by piece, cut
 * where the cut cannot change the segments (see `cutPieces`).
 */
export const MAX_PIECE = 256;

/** Where a piece of text starts and ends (code-unit offsets, end exclusive). */
export interface Piece {
  start: number;
  end: number;
}

const HIGH_SURROGATE_END = 0xdbff;
const HIGH_SURROGATE = 0xd800;

/**
 * Cuts `text` into consecutive pieces of at most `max` code units. Each
 * piece ends at the last offset within reach where `canCut(text, at)`
 * allows a cut (between `text[at - 1]` and `text[at]`); a run with no such
 * offset is cut at `max`, never between the halves of a surrogate pair.
 * Linear: each offset is tested at most twice.
 */
export function cutPieces(
  text: string,
  canCut: (text: string, at: number) => boolean,
  max: number = MAX_PIECE,
): Piece[] {
  const pieces: Piece[] = [];
  let start = 0;
  while (text.length - start > max) {
    const reach = start + max;
    let end = -1;
    for (let at = reach; at > start; at--) {
      if (canCut(text, at)) {
        end = at;
        break;
      }
    }
    if (end < 0) {
      const before = text.charCodeAt(reach - 1);
      end = before >= HIGH_SURROGATE && before <= HIGH_SURROGATE_END ? reach - 1 : reach;
    }
    pieces.push({ start, end });
    start = end;
  }
  if (start < text.length || pieces.length === 0) pieces.push({ start, end: text.length });
  return pieces;
}
