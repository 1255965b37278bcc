// Printed labels to the format's header trees: row leaves by their label (and their ancestors'), header
// fields to column leaves. The format definition is the only list of labels.
import { headerLeaves, type HeaderLeaf, type HeaderNode } from "@/lib/national-format/format";
import { ACCEPT, labelSimilarity, splitSegments } from "./normalise";

export type LeafMatch = { leaf: HeaderLeaf; score: number };

/** Two leaves scoring within this of each other cannot be told apart. */
const TIE = 0.03;
const ANCESTOR_BONUS = 0.05;

/**
 * The row leaf a run of printed row labels names: its last numbered segment against each leaf's own label,
 * a little more when an earlier segment names one of the leaf's groups ("（六）其他处理 3.其他"). Undefined when
 * nothing is close enough or two leaves fit equally well.
 */
export function matchRow(labelText: string, leaves: HeaderLeaf[]): LeafMatch | undefined {
  const segments = splitSegments(labelText);
  const last = segments.at(-1);
  if (!last) return undefined;
  const earlier = segments.slice(0, -1);
  const scored = leaves
    .filter((leaf) => leaf.labels.length > 0)
    .map((leaf) => {
      const own = labelSimilarity(last, leaf.labels.at(-1)!);
      const ancestors = leaf.labels.slice(0, -1);
      const named = earlier.some((segment) => ancestors.some((label) => labelSimilarity(segment, label) >= ACCEPT));
      return { leaf, score: own + (named && own >= ACCEPT ? ANCESTOR_BONUS : 0) };
    })
    .sort((a, b) => b.score - a.score);
  const [best, second] = scored;
  if (!best || best.score < ACCEPT) return undefined;
  if (second && best.score - second.score < TIE) return undefined;
  return best;
}

/** Every label of a header tree, groups included (法人或其他组织, 行政诉讼 …). */
export function headerLabels(nodes: HeaderNode[]): string[] {
  return nodes.flatMap((node) => [...(node.label ? [node.label] : []), ...headerLabels(node.children ?? [])]);
}

/** The best similarity of a printed label to any of `labels`. */
export function bestSimilarity(printed: string, labels: string[]): number {
  return Math.max(0, ...labels.map((label) => labelSimilarity(printed, label)));
}

/**
 * Header fields to column leaves, one to one, best pairs first: result[i] is the leaf printed at header
 * position i, or undefined when that header names no column.
 */
export function matchColumns(headers: string[], columns: HeaderNode[]): (HeaderLeaf | undefined)[] {
  const leaves = headerLeaves(columns);
  const pairs = headers
    .flatMap((header, i) =>
      leaves.map((leaf, j) => ({ i, j, score: labelSimilarity(header, leaf.labels.at(-1) ?? "") })),
    )
    .filter((pair) => pair.score >= ACCEPT)
    .sort((a, b) => b.score - a.score);
  const result: (HeaderLeaf | undefined)[] = headers.map(() => undefined);
  const taken = new Set<number>();
  for (const { i, j } of pairs) {
    if (result[i] || taken.has(j)) continue;
    result[i] = leaves[j];
    taken.add(j);
  }
  return result;
}
