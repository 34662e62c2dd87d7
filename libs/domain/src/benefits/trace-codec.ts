import { grouped, MARK_GROUPED, MARK_INDEX_BASE, MARK_PLAIN } from './money';
import type { Programme, ProgrammeResult } from './programme';
import type { TraceStep, UsedParameter } from './trace';

// Compact traces for stored decisions (a million households a run). A programme's trace and reasons
// split into a template (the words, the parameter values used with their dates, holes where numbers
// go) and the numbers. Households of one programme on one date share a handful of templates, so a
// decision stores a template id and its numbers; decoding gives back the exact readable lines.
// The id is a hash of the template's content, so separate processes agree on it without talking.

// The holes are the characters of money.ts's marks, so a marked text needs only its indexes taken out.
const COMMA = MARK_GROUPED; // a hole for a number printed with thousands separators (1,200,000 / 53,833.2)
const PLAIN = MARK_PLAIN; // a hole for a number printed without them (2000cc)

export interface TraceTemplateStep {
  label: string;
  formula: string;
  hasValue: boolean;
  parameters: UsedParameter[];
}

export interface TraceTemplate {
  /** `<PROGRAMME>.<16 hex digits>`, a hash of the rest. */
  id: string;
  programme: Programme;
  steps: TraceTemplateStep[];
  reasons: string[];
}

/** A programme result with its trace and reasons as a template id and numbers. */
export interface CompactResult {
  programme: Programme;
  eligible: boolean;
  monthlyAmount: number | null;
  threshold: number | null;
  incomeRecognized: number | null;
  template: string;
  values: number[];
}

/** One household's steps as encoded so far, by the step objects its programmes share. */
export type StepMemo = Map<TraceStep, { step: TraceTemplateStep; id: number; values: number[] }>;

export class TraceCodebook {
  private readonly byKey = new Map<string, TraceTemplate>();
  private readonly byId = new Map<string, TraceTemplate>();
  private readonly byStepIds = new Map<string, TraceTemplate>();
  private readonly stepIds = new Map<string, number>();
  private readonly parameterIds = new Map<UsedParameter, number>();

  /** A result printed as usual: every number in its text that reads back exactly becomes a hole. */
  encode(r: ProgrammeResult): CompactResult {
    const values: number[] = [];
    const steps = r.trace.map((s): TraceTemplateStep => {
      if (s.value !== null) values.push(s.value);
      return {
        label: holes(s.label, values),
        formula: holes(s.formula, values),
        hasValue: s.value !== null,
        parameters: s.parameters,
      };
    });
    const reasons = r.reasons.map((x) => holes(x, values));
    return this.compact(r, this.template(r.programme, steps, reasons), values);
  }

  /**
   * A result computed under withNumberMarks (money.ts): its marks become the holes, with the numbers
   * from `marked`; other numbers in the text stay words of the template. Programmes of one household
   * share steps (the 소득인정액 lines), so `memo`, kept for the household, encodes each step once.
   */
  encodeMarked(r: ProgrammeResult, marked: readonly number[], memo: StepMemo = new Map()): CompactResult {
    const values: number[] = [];
    const steps: TraceTemplateStep[] = [];
    // The key names steps by small numbers: the same words are hashed once per household, not once
    // per programme that repeats them.
    let key = r.programme;
    for (const s of r.trace) {
      let encoded = memo.get(s);
      if (!encoded) {
        const own = s.value !== null ? [s.value] : [];
        const step: TraceTemplateStep = {
          label: unmark(s.label, marked, own),
          formula: unmark(s.formula, marked, own),
          hasValue: s.value !== null,
          parameters: s.parameters,
        };
        encoded = { step, id: this.stepId(step), values: own };
        memo.set(s, encoded);
      }
      steps.push(encoded.step);
      for (const v of encoded.values) values.push(v);
      key += `${SEP}${encoded.id}`;
    }
    key += SEP;
    const reasons = r.reasons.map((x) => unmark(x, marked, values));
    for (const x of reasons) key += `${SEP}${x}`;
    let template = this.byStepIds.get(key);
    if (!template) {
      template = this.template(r.programme, steps, reasons);
      this.byStepIds.set(key, template);
    }
    return this.compact(r, template, values);
  }

  private stepId(step: TraceTemplateStep): number {
    let key = `${step.label}${SEP}${step.formula}${SEP}${step.hasValue ? 1 : 0}`;
    // A date's parameter reader hands out one object per parameter, so the object names its content.
    for (const p of step.parameters) {
      let id = this.parameterIds.get(p);
      if (id === undefined) this.parameterIds.set(p, (id = this.parameterIds.size));
      key += `${SEP}${id}`;
    }
    let id = this.stepIds.get(key);
    if (id === undefined) this.stepIds.set(key, (id = this.stepIds.size));
    return id;
  }

  /** The template of this content: the known one, or a new one with its id hashed from the content. */
  private template(programme: Programme, steps: TraceTemplateStep[], reasons: string[]): TraceTemplate {
    const key = quickKey(programme, steps, reasons);
    let template = this.byKey.get(key);
    if (!template) {
      const canonical = JSON.stringify([programme, steps, reasons]);
      template = { id: `${programme}.${hash64(canonical)}`, programme, steps, reasons };
      this.remember(key, template);
    }
    return template;
  }

  private compact(r: ProgrammeResult, template: TraceTemplate, values: number[]): CompactResult {
    return {
      programme: r.programme,
      eligible: r.eligible,
      monthlyAmount: r.monthlyAmount,
      threshold: r.threshold,
      incomeRecognized: r.incomeRecognized,
      template: template.id,
      values,
    };
  }

  decode(c: CompactResult): ProgrammeResult {
    const template = this.byId.get(c.template);
    if (!template) throw new Error(`unknown trace template ${c.template}`);
    const next = cursor(c.values);
    const trace = template.steps.map((s): TraceStep => ({
      value: s.hasValue ? next() : null,
      label: fill(s.label, next),
      formula: fill(s.formula, next),
      parameters: s.parameters,
    }));
    const reasons = template.reasons.map((x) => fill(x, next));
    next.end();
    return {
      programme: c.programme,
      eligible: c.eligible,
      monthlyAmount: c.monthlyAmount,
      threshold: c.threshold,
      incomeRecognized: c.incomeRecognized,
      reasons,
      trace,
    };
  }

  /** The templates seen so far, to store beside the decisions. */
  templates(): TraceTemplate[] {
    return [...this.byId.values()];
  }

  /** Adds stored templates back, refusing one whose id does not match its content. */
  load(templates: readonly TraceTemplate[]): void {
    for (const t of templates) {
      if (`${t.programme}.${hash64(JSON.stringify([t.programme, t.steps, t.reasons]))}` !== t.id)
        throw new Error(`trace template ${t.id} does not match its content`);
      this.remember(quickKey(t.programme, t.steps, t.reasons), t);
    }
  }

  private remember(key: string, t: TraceTemplate): void {
    this.byKey.set(key, t);
    this.byId.set(t.id, t);
  }
}

const SEP = '\u0000'; // between the parts of a quick key; never in trace text

function quickKey(
  programme: Programme,
  steps: readonly TraceTemplateStep[],
  reasons: readonly string[],
): string {
  let key = `${programme}${SEP}${steps.length}${SEP}${reasons.length}`;
  for (const s of steps) {
    key += `${SEP}${s.label}${SEP}${s.formula}${SEP}${s.hasValue ? 1 : 0}`;
    for (const p of s.parameters)
      key += `${SEP}${p.name}${SEP}${p.effectiveFrom}${SEP}${p.value}${SEP}${p.unverified ? 1 : 0}`;
    key += `${SEP}${SEP}`;
  }
  for (const x of reasons) key += `${SEP}${x}`;
  return key;
}

// One pass over the text for the numbers /\d+(?:,\d{3})*(?:\.\d+)?/ matches (that regex with a
// callback was a third of the time of encoding a batch).
function holes(text: string, values: number[]): string {
  let out = '';
  let copied = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c <= 2) throw new Error('trace text holds a reserved character');
    if (!isDigit(c)) {
      i++;
      continue;
    }
    const start = i;
    while (i < n && isDigit(text.charCodeAt(i))) i++;
    while (
      i + 3 < n &&
      text.charCodeAt(i) === 44 &&
      isDigit(text.charCodeAt(i + 1)) &&
      isDigit(text.charCodeAt(i + 2)) &&
      isDigit(text.charCodeAt(i + 3))
    )
      i += 4;
    if (i + 1 < n && text.charCodeAt(i) === 46 && isDigit(text.charCodeAt(i + 1))) {
      i += 2;
      while (i < n && isDigit(text.charCodeAt(i))) i++;
    }
    const token = text.slice(start, i);
    const value = Number(token.includes(',') ? token.replace(/,/g, '') : token);
    let hole: string | null = null;
    if (withCommas(value) === token) hole = COMMA;
    else if (String(value) === token) hole = PLAIN;
    if (hole === null) continue; // not printed the way we print (a leading zero): kept as words
    values.push(value);
    out += text.slice(copied, start) + hole;
    copied = i;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

const isDigit = (c: number) => c >= 48 && c <= 57;

// Marks are the hole's character followed by the index of its number in `marked`: the hole stays,
// the index goes, and the number joins the template's values in the order the text reads.
function unmark(text: string, marked: readonly number[], values: number[]): string {
  let out = '';
  let copied = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 2) continue;
    const index = text.charCodeAt(i + 1) - MARK_INDEX_BASE;
    const value = marked[index];
    if (value === undefined || (c !== MARK_GROUPED_CODE && c !== MARK_PLAIN_CODE))
      throw new Error('trace text holds a reserved character');
    values.push(value);
    out += text.slice(copied, i + 1);
    copied = i + 2;
    i++;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

const MARK_GROUPED_CODE = COMMA.charCodeAt(0);
const MARK_PLAIN_CODE = PLAIN.charCodeAt(0);

function fill(text: string, next: () => number): string {
  let out = '';
  for (const ch of text) {
    if (ch === COMMA) out += withCommas(next());
    else if (ch === PLAIN) out += String(next());
    else out += ch;
  }
  return out;
}

function withCommas(n: number): string {
  if (Number.isSafeInteger(n)) return grouped(n);
  const [whole, frac] = String(n).split('.');
  const head = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return frac === undefined ? head : `${head}.${frac}`;
}

function cursor(values: readonly number[]): (() => number) & { end(): void } {
  let i = 0;
  const next = () => {
    if (i >= values.length) throw new Error('compact trace has fewer numbers than its template');
    return values[i++]!;
  };
  return Object.assign(next, {
    end() {
      if (i !== values.length) throw new Error('compact trace has more numbers than its template');
    },
  });
}

// FNV-1a over UTF-16 code units, twice with different offsets, for 64 bits without BigInt.
function hash64(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193) ^ (b >>> 15);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}
