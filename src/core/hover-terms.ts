/** The names of the glossary that mark running text: every name but one ordinary word (`보안`, `Private`). */
import type { Term } from "./glossary/types";
import type { MatchableTerm } from "./matcher/types";
import { isWeakName } from "./reading/evidence";

/** One matchable form per term object: terms are immutable, so the glossary's unchanged terms cost nothing. */
const forms = new WeakMap<Term, MatchableTerm>();

/**
 * The terms as the matcher should see them: a term's name or alias that is one ordinary word stays in the glossary
 * (look-up finds it) but never marks text, since for a hover a false mark is worse than a missed one.
 */
export function hoverTerms(terms: readonly Term[]): MatchableTerm[] {
  return terms.map((t) => {
    let form = forms.get(t);
    if (!form) {
      const weak = isWeakName(t.name);
      const aliases = t.aliases.filter((a) => !isWeakName(a));
      // The primary name is kept as it is when it marks text; otherwise the first strong alias stands in for it.
      form = weak
        ? { id: t.id, name: aliases[0] ?? "", aliases: aliases.slice(1) }
        : aliases.length === t.aliases.length ? t : { id: t.id, name: t.name, aliases };
      forms.set(t, form);
    }
    return form;
  });
}
