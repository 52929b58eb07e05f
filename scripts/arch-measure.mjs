#!/usr/bin/env node
// Architecture measurements for issue 13: source files over 300 lines (message catalogues
// excepted) and import cycles among relative imports. Usage: node scripts/arch-measure.mjs
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, dirname, resolve, relative } from 'node:path';

const root = resolve(dirname(new URL(import.meta.url).pathname), '..');
const roots = ['electron', 'shared', 'renderer', 'bin'];
const exts = ['.ts', '.tsx', '.mts', '.mjs', '.js'];
// the renderer's messages and the shared catalogues of coded messages (error-catalogue.ts, verify-catalogue.ts)
const isCatalogue = (f) => /(^|\/)(i18n\/messages[^/]*|[^/]*-catalogue)\.ts$/.test(f);

function walk(dir, out) {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else if (exts.some((e) => name.endsWith(e)) && !name.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

const files = roots.filter((r) => existsSync(join(root, r))).flatMap((r) => walk(join(root, r), []));
const long = files
  .map((f) => ({ f: relative(root, f), n: readFileSync(f, 'utf8').split('\n').length - 1 }))
  .filter((x) => x.n > 300 && !isCatalogue(x.f))
  .sort((a, b) => b.n - a.n);

function resolveImport(from, spec) {
  const base = resolve(dirname(from), spec);
  const stem = base.replace(/\.(m?js)$/, '');
  const cands = [base, ...exts.map((e) => stem + e), ...exts.map((e) => join(base, 'index' + e))];
  return cands.find((c) => existsSync(c) && statSync(c).isFile());
}

const graph = new Map();
const importRe = /(?:import|export)\s+(type\s+)?(?:[^'"]*?\sfrom\s+)?['"](\.{1,2}\/[^'"]+)['"]|import\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g;
for (const f of files) {
  const src = readFileSync(f, 'utf8');
  const deps = new Set();
  for (const m of src.matchAll(importRe)) {
    if (m[1]) continue; // `import type` cannot form a runtime cycle
    const r = resolveImport(f, m[2] ?? m[3]);
    if (r) deps.add(r);
  }
  graph.set(f, deps);
}

// Tarjan's strongly connected components: every component with more than one file is a cycle.
let index = 0;
const idx = new Map(), low = new Map(), stack = [], on = new Set(), sccs = [];
function strong(v) {
  idx.set(v, index); low.set(v, index); index++; stack.push(v); on.add(v);
  for (const w of graph.get(v) ?? []) {
    if (!idx.has(w)) { strong(w); low.set(v, Math.min(low.get(v), low.get(w))); }
    else if (on.has(w)) low.set(v, Math.min(low.get(v), idx.get(w)));
  }
  if (low.get(v) === idx.get(v)) {
    const c = []; let w;
    do { w = stack.pop(); on.delete(w); c.push(w); } while (w !== v);
    if (c.length > 1 || graph.get(v)?.has(v)) sccs.push(c);
  }
}
for (const v of graph.keys()) if (!idx.has(v)) strong(v);

console.log(`files over 300 lines (catalogues excepted): ${long.length}`);
for (const x of long) console.log(`  ${String(x.n).padStart(5)} ${x.f}`);
console.log(`import cycles (strongly connected groups of runtime imports): ${sccs.length}`);
for (const c of sccs) console.log('  ' + c.map((f) => relative(root, f)).sort().join(' <-> '));
process.exitCode = 0;
