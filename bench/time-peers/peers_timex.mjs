// Runs the JavaScript peers (chrono-node, Microsoft Recognizers-Text date-time) over the plain texts that
// `provenance eval tempeval --export-text DIR` writes, in one Node process, and writes each tool's findings as
// TIMEX3 records that `provenance eval tempeval --peer-records FILE` scores:
//   {"doc": id, "start": n, "end": n, "type": "DATE", "value": "2013-03-22"}
// plus a first line {"summary": tool, "seconds": s} with the tool's in-process time for one warm pass.
// The calls and options are those of shared/peers/*_peer.mjs (text fed one non-empty line at a time, reference
// date at 12:00 UTC, chrono with forwardDate false); the conversion to TIMEX3 values below is ours.
//
// usage: node peers_timex.mjs EXPORT_DIR OUT_PREFIX [PEERS_DIR]
//   PEERS_DIR holds node_modules with chrono-node and @microsoft/recognizers-text-suite (default /tmp/peers).
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

process.env.TZ = 'UTC';
const [exportDir, outPrefix, peersDir = '/tmp/peers'] = process.argv.slice(2);
if (!exportDir || !outPrefix) {
  process.stderr.write('usage: node peers_timex.mjs EXPORT_DIR OUT_PREFIX [PEERS_DIR]\n');
  process.exit(2);
}

const require = createRequire(join(peersDir, 'package.json'));
const chrono = require('chrono-node');
const { recognizeDateTime, Culture } = require('@microsoft/recognizers-text-suite');

const docs = readFileSync(join(exportDir, 'references.tsv'), 'utf8').split('\n').filter(Boolean).map((line) => {
  const [id, ref] = line.split('\t');
  return { id, ref: ref || null, text: readFileSync(join(exportDir, id + '.txt'), 'utf8') };
});

function paragraphs(text) {
  const out = [];
  const re = /[^\n]+/g;
  let m;
  while ((m = re.exec(text))) if (m[0].trim()) out.push({ offset: m.index, text: m[0] });
  return out;
}

const pad = (n, w = 2) => String(n).padStart(w, '0');

// chrono gives a point (or a start and end) and which components the text stated; the stated components set
// the granularity of the TIMEX3 value. It has no durations, sets or PRESENT_REF.
function chronoValue(c) {
  const known = new Set(Object.keys(c.knownValues));
  const day = `${pad(c.get('year'), 4)}-${pad(c.get('month'))}-${pad(c.get('day'))}`;
  if (known.has('hour')) return { type: 'TIME', value: `${day}T${pad(c.get('hour'))}:${pad(c.get('minute') || 0)}` };
  if (known.has('day') || known.has('weekday')) return { type: 'DATE', value: day };
  if (known.has('month')) return { type: 'DATE', value: day.slice(0, 7) };
  if (known.has('year')) return { type: 'DATE', value: day.slice(0, 4) };
  return { type: 'DATE', value: day };
}

function runChrono(doc, emit) {
  const ref = new Date((doc.ref || new Date().toISOString().slice(0, 10)) + 'T12:00:00Z');
  for (const p of paragraphs(doc.text)) {
    for (const r of chrono.parse(p.text, ref, { forwardDate: false })) {
      const start = chronoValue(r.start);
      const value = r.end ? `${start.value}/${chronoValue(r.end).value}` : start.value;
      emit({ doc: doc.id, start: p.offset + r.index, end: p.offset + r.index + r.text.length, type: start.type, value });
    }
  }
}

// Recognizers gives TIMEX strings; an underspecified one (XXXX-WXX-5) comes with candidate dates, past first,
// and news mostly means the past one. A range "(a,b,P…)" becomes "a/b".
const recognizerTypes = { date: 'DATE', daterange: 'DATE', time: 'TIME', datetime: 'TIME', timerange: 'TIME', datetimerange: 'TIME', duration: 'DURATION', set: 'SET' };
function recognizerValue(r) {
  const kind = r.typeName.replace('datetimeV2.', '');
  const type = recognizerTypes[kind] || 'DATE';
  const v = (r.resolution && r.resolution.values) || [];
  if (!v.length) return { type, value: null };
  let timex = v[0].timex || '';
  const range = /^\((.+?),(.+?),(.+)\)$/.exec(timex);
  if (range) {
    const start = timex.includes('X') && v[0].start ? v[0].start : range[1];
    const end = timex.includes('X') && v[0].end ? v[0].end : range[2];
    return { type, value: `${start.replace(' ', 'T').slice(0, 16)}/${end.replace(' ', 'T').slice(0, 16)}` };
  }
  if (timex.includes('X') && v[0].value && /^\d{4}-\d{2}-\d{2}/.test(v[0].value) && kind !== 'set') {
    const resolved = v[0].value.replace(' ', 'T');
    timex = kind === 'datetime' || kind === 'time' ? resolved.slice(0, 16) : resolved.slice(0, 10);
  }
  return { type, value: timex };
}

function runRecognizers(doc, emit) {
  const ref = new Date((doc.ref || new Date().toISOString().slice(0, 10)) + 'T12:00:00Z');
  for (const p of paragraphs(doc.text)) {
    for (const r of recognizeDateTime(p.text, Culture.English, undefined, ref)) {
      const { type, value } = recognizerValue(r);
      emit({ doc: doc.id, start: p.offset + r.start, end: p.offset + r.end + 1, type, value });
    }
  }
}

for (const [tool, run, file] of [['chrono-node', runChrono, 'chrono'], ['recognizers-text', runRecognizers, 'recognizers']]) {
  for (const doc of docs) run(doc, () => {}); // warm-up pass, as our figure is warm
  const records = [];
  const t0 = process.hrtime.bigint();
  for (const doc of docs) run(doc, (rec) => records.push(rec));
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const lines = [JSON.stringify({ summary: tool, seconds: +seconds.toFixed(4), documents: docs.length, records: records.length })];
  for (const rec of records) lines.push(JSON.stringify(rec));
  writeFileSync(`${outPrefix}-${file}.jsonl`, lines.join('\n') + '\n');
  process.stderr.write(`${tool}: ${records.length} records, ${seconds.toFixed(3)} s\n`);
}
