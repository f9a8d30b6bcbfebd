"""Self-check for holdout28: JSON valid, evidence verbatim (whitespace-normalised), actors known, roles valid,
files and sidecars present, word counts."""
import json, os, re, glob
HERE = os.path.dirname(os.path.abspath(__file__))
DATA = '/work/main/tests/data'
norm = lambda s: re.sub(r'\s+', ' ', s).strip()
aliases = {}
for p in [f'{DATA}/corpus_aliases.json', f'{DATA}/holdout2/extra_aliases.json', f'{HERE}/extra_aliases.json']:
    for k, v in json.load(open(p)).items():
        aliases.setdefault(k, []).extend(v)
errors = 0
rows = [json.loads(l) for l in open(f'{HERE}/gold.jsonl')]
texts = {os.path.basename(p): norm(open(p).read()) for p in glob.glob(f'{HERE}/reports/*.txt')}
for r in rows:
    if r['file'] not in texts: print('missing file', r['file']); errors += 1; continue
    if norm(r['evidence']) not in texts[r['file']]: print('evidence not found', r['file'], r['evidence']); errors += 1
    if r['actor_canonical'] not in aliases: print('unknown actor', r['actor_canonical']); errors += 1
    if r['role'] not in ('holds', 'attacks', 'lost'): print('bad role', r); errors += 1
    if not isinstance(r['required'], bool): print('bad required', r); errors += 1
    for k in ('file', 'place', 'lat', 'lon', 'tol_km', 'actor_canonical', 'role', 'required', 'detail', 'evidence'):
        if k not in r: print('missing key', k, r); errors += 1
    if 'date' in r and 'historical' not in r: print('date without historical', r); errors += 1
for f, t in sorted(texts.items()):
    if not os.path.exists(f'{HERE}/reports/{f}.meta.yaml'): print('no sidecar', f); errors += 1
    n = len(t.split())
    if not 350 <= n <= 650: print('word count', f, n); errors += 1
    if not any(r['file'] == f for r in rows): print('no gold for', f); errors += 1
print(len(texts), 'reports,', len(rows), 'claims,', sum(r['required'] for r in rows), 'required,', errors, 'errors')
