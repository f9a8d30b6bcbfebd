"""Self-check of holdout18: JSON valid, evidence verbatim (whitespace-normalised) in its report,
actor_canonical a key of the merged alias files, roles in vocabulary, fields present, sidecars valid."""
import json, os, re, glob, sys
HERE = os.path.dirname(os.path.abspath(__file__))
DATA = '/work/main/tests/data'
aliases = {}
for p in [f'{DATA}/corpus_aliases.json', f'{DATA}/holdout2/extra_aliases.json', f'{HERE}/extra_aliases.json']:
    for k, v in json.load(open(p)).items():
        aliases.setdefault(k, []).extend(v)
ws = lambda s: re.sub(r'\s+', ' ', s).strip()
errors = 0
texts = {os.path.basename(p): ws(open(p, encoding='utf-8').read()) for p in glob.glob(f'{HERE}/reports/*.txt')}
need = {'file', 'place', 'lat', 'lon', 'tol_km', 'actor_canonical', 'role', 'required', 'detail', 'evidence'}
rows = [json.loads(l) for l in open(f'{HERE}/gold.jsonl', encoding='utf-8')]
for i, r in enumerate(rows):
    def bad(msg):
        global errors; errors += 1; print(f'line {i+1}: {msg}: {r}')
    if need - r.keys(): bad(f'missing {need - r.keys()}')
    if r['file'] not in texts: bad('no such report')
    elif ws(r['evidence']) not in texts[r['file']]: bad('evidence not verbatim')
    if r['actor_canonical'] not in aliases: bad('unknown actor')
    if r['role'] not in ('holds', 'attacks', 'lost'): bad('bad role')
    if not isinstance(r['required'], bool): bad('required not bool')
    if ('date' in r) != ('historical' in r): bad('date/historical mismatch')
for fn, t in texts.items():
    n = len(t.split())
    if not 350 <= n <= 650: errors += 1; print('length', fn, n)
    meta = open(f'{HERE}/reports/{fn}.meta.yaml').read()
    if not re.search(r'^date: \d{4}-\d{2}-\d{2}$', meta, re.M) or not re.search(r'^source: \S', meta, re.M):
        errors += 1; print('bad meta', fn)
    if not any(r['file'] == fn and r['required'] for r in rows): errors += 1; print('no required gold', fn)
print(f'{len(texts)} reports, {len(rows)} claims ({sum(r["required"] for r in rows)} required), errors: {errors}')
sys.exit(1 if errors else 0)
