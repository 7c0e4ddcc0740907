// A rule page (docs/rules/<id>.md) made ready for the pane: its title block (the rule id and the English policy
// words written for developers) gives way to the pane's own header, and English glosses left in the text go.
import { parseMarkdown, type MdBlock } from "./markdown";

const GLOSS = /\s*\((?:error|warning|info|safe|guarded|suggest-only|mandatory|guidance|practice)\)/g;
const POLICY_WORDS: Record<string, string> = {
  guarded: "có kiểm soát",
  safe: "an toàn",
  "suggest-only": "chỉ gợi ý",
};

/** The page's sections from its first "##" heading on, without English glosses. */
export function rulePageBlocks(source: string): MdBlock[] {
  const start = source.search(/^## /m);
  const body = (start < 0 ? source : source.slice(start))
    .replace(GLOSS, "")
    // No lookbehind: the old Edge webview cannot parse it.
    .replace(
      /(^|[^`\w-])(guarded|safe|suggest-only)(?![`\w-])/g,
      (_, before: string, word: string) => before + POLICY_WORDS[word],
    );
  return parseMarkdown(body);
}
