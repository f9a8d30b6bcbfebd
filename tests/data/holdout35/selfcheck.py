"""Self-check: evidence verbatim, actors in merged aliases, JSON valid, roles, word counts, sidecars."""
import json, os, re, glob, sys
HERE = os.path.dirname(os.path.abspath(__file__))
norm = lambda s: re.sub(r'\s+', ' ', s).strip()
aliases = {}
for p in ['/work/main/tests/data/corpus_aliases.json', '/work/main/tests/data/holdout2/extra_aliases.json', os.path.join(HERE, 'extra_aliases.json')]:
    for k, v in json.load(open(p)).items():
        aliases.setdefault(k, []).extend(v)
errors = 0
reports = sorted(glob.glob(os.path.join(HERE, 'reports', '*.txt')))
for r in reports:
    n = len(open(r).read().split())
    if not 350 <= n <= 650: print('WORDS', os.path.basename(r), n); errors += 1
    meta = open(r + '.meta.yaml').read()
    if not re.search(r'^date: \d{4}-\d\d-\d\d$', meta, re.M) or not re.search(r'^source: \S+', meta, re.M):
        print('META', r); errors += 1
seen = set()
for i, line in enumerate(open(os.path.join(HERE, 'gold.jsonl'))):
    d = json.loads(line)
    keys = {'file', 'place', 'lat', 'lon', 'tol_km', 'actor_canonical', 'role', 'required', 'detail', 'evidence'}
    if not keys <= set(d): print('KEYS', i, d); errors += 1
    seen.add(d['file'])
    text = norm(open(os.path.join(HERE, 'reports', d['file'])).read())
    if norm(d['evidence']) not in text: print('EVIDENCE', d['file'], d['evidence']); errors += 1
    if d['actor_canonical'] not in aliases: print('ACTOR', d['actor_canonical']); errors += 1
    if d['role'] not in ('holds', 'attacks', 'lost'): print('ROLE', d); errors += 1
    if not isinstance(d['required'], bool): print('REQ', d); errors += 1
    if 'historical' in d and 'date' not in d: print('HIST', d); errors += 1
missing = {os.path.basename(r) for r in reports} - seen
if missing: print('NO GOLD', missing); errors += 1
print('reports', len(reports), 'errors', errors)
sys.exit(1 if errors else 0)
