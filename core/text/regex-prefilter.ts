/**
 * A cheap test that rules a text out before a big regex runs: the literals the regex needs,
 * one of which must occur in any text it matches (as in RE2's prefilter or codesearch).
 * `(?<![\w'])(?:too expensive|costs? (?:too much|a lot))` needs "too expensive", "cost too
 * much" or "cost a lot"; a text holding none of them cannot match, so the regex need not run.
 * The lexicons stay readable phrase lists: the literals are read from the compiled regex.
 *
 * Sound by construction: whatever the parser does not model exactly (classes, escapes,
 * repeats, back-references, lookarounds) counts as "any text", which needs nothing, so a
 * regex the parser cannot read at all is simply always run. Literals are ASCII only; with the
 * `i` flag (not `u`, whose case folding reaches beyond ASCII) they match ASCII case-insensitively.
 */

/**
 * What a piece of pattern can match: exactly one of a few strings; or else strings that start
 * with one of `prefix`, end with one of `suffix` and hold one of `need` (a set holding "" says
 * nothing; undefined `need` = no requirement).
 */
interface Info {
  readonly exact?: ReadonlySet<string>;
  readonly prefix?: ReadonlySet<string>;
  readonly suffix?: ReadonlySet<string>;
  readonly need?: ReadonlySet<string>;
}

type Strings = ReadonlySet<string>;

const MAX_EXACT = 64;
const MAX_NEED = 4000;
const NOTHING: Strings = new Set(['']);
const ANY: Info = { prefix: NOTHING, suffix: NOTHING };
const EMPTY: Info = { exact: NOTHING };

class Unsupported extends Error {}

const prefixOf = (info: Info): Strings => info.exact ?? info.prefix!;
const suffixOf = (info: Info): Strings => info.exact ?? info.suffix!;
const useful = (set: Strings | undefined): Strings | undefined => (set && !set.has('') ? set : undefined);

/** The more selective of two requirements: longer shortest literal, then fewer literals. */
function stronger(a: Strings | undefined, b: Strings | undefined): Strings | undefined {
  if (!a) return b;
  if (!b) return a;
  const shortest = (s: Strings) => Math.min(...[...s].map((x) => x.trim().length));
  const la = Math.min(shortest(a), 6);
  const lb = Math.min(shortest(b), 6);
  return la !== lb ? (la > lb ? a : b) : a.size <= b.size ? a : b;
}

/** One of these occurs in every match of the piece. */
function needOf(info: Info): Strings | undefined {
  if (info.exact) return useful(info.exact);
  return stronger(stronger(info.need, useful(info.prefix)), useful(info.suffix));
}

/** x + y for every pair, or undefined when there would be too many. */
function cross(a: Strings, b: Strings): Strings | undefined {
  if (a.size * b.size > MAX_EXACT) return undefined;
  const out = new Set<string>();
  for (const x of a) for (const y of b) out.add(x + y);
  return out;
}

function concat(a: Info, b: Info): Info {
  if (a.exact && b.exact) {
    const exact = cross(a.exact, b.exact);
    if (exact) return { exact };
  }
  // the end of a's match and the start of b's stand side by side in every match
  const junction = cross(suffixOf(a), prefixOf(b));
  return {
    prefix: (a.exact && cross(a.exact, prefixOf(b))) || prefixOf(a),
    suffix: (b.exact && cross(suffixOf(a), b.exact)) || suffixOf(b),
    need: stronger(stronger(needOf(a), needOf(b)), useful(junction)),
  };
}

function union(a: Strings, b: Strings, limit: number): Strings | undefined {
  return a.size + b.size > limit ? undefined : new Set([...a, ...b]);
}

function alternate(a: Info, b: Info): Info {
  if (a.exact && b.exact) {
    const exact = union(a.exact, b.exact, MAX_EXACT);
    if (exact) return { exact };
  }
  const na = needOf(a);
  const nb = needOf(b);
  return {
    prefix: union(prefixOf(a), prefixOf(b), MAX_EXACT) ?? NOTHING,
    suffix: union(suffixOf(a), suffixOf(b), MAX_EXACT) ?? NOTHING,
    need: na && nb ? union(na, nb, MAX_NEED) : undefined,
  };
}

/** A single character class `[...]` as its few literal characters, or ANY. */
function classInfo(body: string, fold: boolean): Info {
  if (body.startsWith('^') || body.length === 0) return ANY;
  const chars = new Set<string>();
  for (let i = 0; i < body.length; i++) {
    let c = body[i];
    if (c === '\\') {
      c = body[++i] ?? '';
      if (/[A-Za-z0-9]/.test(c) || c === '') return ANY; // \w, \d, \b (backspace), \u..., \x..: not modelled
    }
    if (body[i + 1] === '-' && i + 2 < body.length) return ANY; // a range
    if (c.charCodeAt(0) >= 128) return ANY;
    chars.add(fold ? c.toLowerCase() : c);
    if (chars.size > 6) return ANY;
  }
  return { exact: chars };
}

/** Parses `source` (the regex grammar the lexicons use) into its Info; throws Unsupported otherwise. */
function parse(source: string, fold: boolean): Info {
  let i = 0;

  function alternation(): Info {
    let info = sequence();
    while (source[i] === '|') {
      i++;
      info = alternate(info, sequence());
    }
    return info;
  }

  function sequence(): Info {
    let info = EMPTY;
    while (i < source.length && source[i] !== '|' && source[i] !== ')') info = concat(info, quantified(atom()));
    return info;
  }

  function quantified(inner: Info): Info {
    const q = /^(?:[*+?]|\{(\d+)(?:(,)(\d*))?\})/.exec(source.slice(i));
    if (!q) return inner;
    i += q[0].length;
    if (source[i] === '?') i++; // lazy
    const min = q[0] === '+' ? 1 : q[0] === '*' || q[0] === '?' ? 0 : Number(q[1]);
    const max = q[0] === '?' ? 1 : q[1] !== undefined && q[2] === undefined ? min : q[3] ? Number(q[3]) : Infinity;
    if (min >= 1) return { prefix: prefixOf(inner), suffix: suffixOf(inner), need: needOf(inner) };
    if (max === 1 && inner.exact && inner.exact.size < MAX_EXACT) return { exact: new Set([...inner.exact, '']) };
    return ANY;
  }

  function group(): Info {
    // at "(": plain, non-capturing, named, or a lookaround
    i++;
    let lookaround = false;
    if (source[i] === '?') {
      const head = /^\?(?::|=|!|<=|<!|<[A-Za-z_$][\w$]*>)/.exec(source.slice(i));
      if (!head) throw new Unsupported(); // modifiers "(?i:...)" and the like
      i += head[0].length;
      lookaround = /^\?(?:=|!|<=|<!)$/.test(head[0]);
    }
    const inner = alternation();
    if (source[i] !== ')') throw new Unsupported();
    i++;
    return lookaround ? EMPTY : inner;
  }

  function escape(): Info {
    // at "\"
    const c = source[i + 1];
    if (c === undefined) throw new Unsupported();
    if (c === 'b' || c === 'B') {
      i += 2;
      return EMPTY;
    }
    if (/[0-9]/.test(c)) {
      // a back-reference or a legacy octal escape: any text
      i += 2;
      while (/[0-9]/.test(source[i] ?? '')) i++;
      return ANY;
    }
    if (/[A-Za-z]/.test(c)) {
      // \w \d \s \p{...} \u{...} \uXXXX \xHH \cX \k<name> \n ...: one character or a named group, never a literal here
      const long = /^\\(?:[pPu]\{[^}]*\}|u[0-9A-Fa-f]{4}|x[0-9A-Fa-f]{2}|c[A-Za-z]|k<[^>]*>|[A-Za-z])/.exec(source.slice(i));
      i += long![0].length;
      return ANY;
    }
    i += 2;
    return c.charCodeAt(0) < 128 ? { exact: new Set([c]) } : ANY;
  }

  function atom(): Info {
    const c = source[i];
    if (c === '(') return group();
    if (c === '\\') return escape();
    if (c === '[') {
      let j = i + 1;
      if (source[j] === ']') throw new Unsupported(); // [] and []] read differently per flag
      while (j < source.length && source[j] !== ']') j += source[j] === '\\' ? 2 : 1;
      if (j >= source.length) throw new Unsupported();
      const info = classInfo(source.slice(i + 1, j), fold);
      i = j + 1;
      return info;
    }
    if (c === '*' || c === '+' || c === '?' || c === ')') throw new Unsupported();
    i++;
    if (c === '^' || c === '$') return EMPTY;
    if (c === '.' || c === '{' || c === '}' || c.charCodeAt(0) >= 128) return ANY;
    return { exact: new Set([fold ? c.toLowerCase() : c]) };
  }

  const info = alternation();
  if (i !== source.length) throw new Unsupported();
  return info;
}

/**
 * The literals `re` needs (one of them occurs in every match), fewest and shortest kept;
 * undefined when nothing is needed or the pattern is beyond the parser. Lower-cased under `i`.
 */
export function requiredLiterals(re: RegExp): string[] | undefined {
  if (re.flags.includes('u') && re.flags.includes('i')) return undefined;
  if (re.flags.includes('v')) return undefined;
  let need: ReadonlySet<string> | undefined;
  try {
    need = needOf(parse(re.source, re.flags.includes('i')));
  } catch (e) {
    if (e instanceof Unsupported) return undefined;
    throw e;
  }
  if (!need) return undefined;
  // a literal that holds another one adds nothing: any text holding it holds the shorter one
  const sorted = [...need].sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
  const kept: string[] = [];
  for (const lit of sorted) if (!kept.some((k) => lit.includes(k))) kept.push(lit);
  return kept;
}

interface TrieNode {
  readonly next: Map<number, TrieNode>;
  /** Ids of the regexes needing the literal that ends here. */
  owners?: number[];
}

const TEXT_LIMIT = 4096;

interface TextHits {
  readonly bits: Uint8Array;
  readonly ids: readonly number[];
}

/**
 * The required literals of every regex seen so far, in one trie, so that a text is scanned
 * once for all of them (the phrase rules ask some thirty regexes of each segment), and the
 * answer for each regex is a lookup. `fold`: ASCII letters compare case-insensitively.
 */
class LiteralIndex {
  private readonly root = new Map<number, TrieNode>();
  private size = 0;
  private readonly byText = new Map<string, TextHits>();

  constructor(private readonly fold: boolean) {}

  /** Registers a regex's literals; returns its id. */
  add(literals: readonly string[]): number {
    const id = this.size++;
    for (const lit of literals) {
      let next = this.root;
      let node: TrieNode | undefined;
      for (let k = 0; k < lit.length; k++) {
        const c = lit.charCodeAt(k);
        node = next.get(c);
        if (node === undefined) next.set(c, (node = { next: new Map() }));
        next = node.next;
      }
      (node!.owners ??= []).push(id);
    }
    return id;
  }

  /** The text asked last and its hits: the rules ask about one segment's text in turn. */
  private lastText = '';
  private last: TextHits = { bits: new Uint8Array(0), ids: [] };

  /** hits[id] === 1 when `text` holds a literal of regex `id` (cached per text while no regex is added). */
  hits(text: string): Uint8Array {
    return this.textHits(text).bits;
  }

  /** The ids of the regexes whose literals `text` holds, as bits and as a list (in no order). */
  textHits(text: string): TextHits {
    if (text === this.lastText && this.last.bits.length === this.size) return this.last;
    let hits = this.byText.get(text);
    if (hits === undefined || hits.bits.length !== this.size) {
      hits = this.scan(text);
      if (this.byText.size >= TEXT_LIMIT) this.byText.clear();
      this.byText.set(text, hits);
    }
    this.lastText = text;
    return (this.last = hits);
  }

  private scan(text: string): TextHits {
    const bits = new Uint8Array(this.size);
    const ids: number[] = [];
    for (let i = 0; i < text.length; i++) {
      let next = this.root;
      for (let j = i; j < text.length; j++) {
        let c = text.charCodeAt(j);
        if (this.fold && c >= 65 && c <= 90) c |= 32;
        const node = next.get(c);
        if (node === undefined) break;
        if (node.owners !== undefined) {
          for (const id of node.owners) {
            if (bits[id] === 1) continue;
            bits[id] = 1;
            ids.push(id);
          }
        }
        next = node.next;
      }
    }
    return { bits, ids };
  }
}

const indexes = { fold: new LiteralIndex(true), exact: new LiteralIndex(false) };

interface Entry {
  readonly index: LiteralIndex;
  readonly id: number;
}

const registered = new WeakMap<RegExp, Entry | null>();

/** `re`'s place in the literal index of its flags (registered on first use), or null when it needs nothing. */
function entryOf(re: RegExp): Entry | null {
  let entry = registered.get(re);
  if (entry === undefined) {
    const literals = requiredLiterals(re);
    const index = re.flags.includes('i') ? indexes.fold : indexes.exact;
    entry = literals ? { index, id: index.add(literals) } : null;
    registered.set(re, entry);
  }
  return entry;
}

/**
 * False when `re` cannot match `text` (none of its required literals occurs); true when it
 * may. Never false for a text the regex matches.
 */
export function mayMatch(re: RegExp, text: string): boolean {
  const entry = entryOf(re);
  return entry === null || entry.index.hits(text)[entry.id] === 1;
}

/**
 * `mayMatch` for many regexes of one case flag at once (the alternatives of a phrase regex):
 * which of them may match a text, found from the text's hits rather than by asking each.
 */
export interface PrefilterGroup {
  /** The indices k, ascending, of the `res[k]` that may match `text`. */
  liveIn(text: string): number[];
}

export function prefilterGroup(res: readonly RegExp[]): PrefilterGroup {
  const entries = res.map(entryOf);
  const fold = res.map((re) => re.flags.includes('i'));
  if (fold.some((f) => f !== fold[0])) throw new Error('prefilterGroup: regexes of one case flag only');
  const index = fold[0] ? indexes.fold : indexes.exact;
  const ids = entries.flatMap((e) => (e === null ? [] : [e.id]));
  const first = ids.length ? Math.min(...ids) : 0;
  /** memberOf[id - first]: the k of the regex with that id, else -1 */
  const memberOf = new Int32Array(ids.length ? Math.max(...ids) - first + 1 : 0).fill(-1);
  entries.forEach((e, k) => {
    if (e !== null) memberOf[e.id - first] = k;
  });
  const always = entries.flatMap((e, k) => (e === null ? [k] : []));
  return {
    liveIn(text) {
      const live = always.slice();
      for (const id of index.textHits(text).ids) {
        const at = id - first;
        if (at >= 0 && at < memberOf.length && memberOf[at] >= 0) live.push(memberOf[at]);
      }
      return live.length > 1 ? live.sort((a, b) => a - b) : live;
    },
  };
}

const normalised = new WeakMap<RegExp, Entry | null>();
/** What normalisation may change inside a literal: a backtick (made a quote), white space other than one space. */
const UNSTABLE = /[`]|\s\s|[^\S ]/;

/**
 * False when `re` cannot match a text whose normalised form (normalizeText in text-analysis.ts:
 * lower-cased, quotes straightened, white space collapsed and trimmed) is `lower`; true when it
 * may. The regex's literals are read case-insensitively and trimmed (normalisation merges or
 * drops white space at their ends); one holding what normalisation rewrites inside makes the
 * regex always run. For regexes that run on the original text (case matters there).
 */
export function mayMatchNormalised(re: RegExp, lower: string): boolean {
  let entry = normalised.get(re);
  if (entry === undefined) {
    const folded = requiredLiterals(re.flags.includes('i') ? re : new RegExp(re.source, `${re.flags}i`));
    const literals = folded?.map((l) => l.trim());
    const usable = literals !== undefined && literals.every((l) => l.length > 0 && !UNSTABLE.test(l));
    entry = usable ? { index: indexes.fold, id: indexes.fold.add(literals) } : null;
    normalised.set(re, entry);
  }
  return entry === null || entry.index.hits(lower)[entry.id] === 1;
}

/** `re.test(text)`, skipping the regex when `text` lacks its literals (a global regex's lastIndex ends as test leaves it). */
export function testFast(re: RegExp, text: string): boolean {
  if (mayMatch(re, text)) return re.test(text);
  if (re.global || re.sticky) re.lastIndex = 0;
  return false;
}
