"""Self-check of holdout13: JSON, fields, roles, verbatim evidence, actors in merged aliases, word counts, sidecars."""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ALIAS_FILES = ['/work/main/tests/data/corpus_aliases.json', '/work/main/tests/data/holdout2/extra_aliases.json',
               os.path.join(HERE, 'extra_aliases.json')]
merged = {}
for p in ALIAS_FILES:
    for k, v in json.load(open(p)).items():
        merged.setdefault(k, []).extend(v)
norm = lambda s: re.sub(r'\s+', ' ', s).strip()
errors = []
reports = sorted(f for f in os.listdir(os.path.join(HERE, 'reports')) if f.endswith('.txt'))
texts = {f: norm(open(os.path.join(HERE, 'reports', f)).read()) for f in reports}
for f in reports:
    n = len(texts[f].split())
    if not 350 <= n <= 650: errors.append('%s: %d words' % (f, n))
    meta = open(os.path.join(HERE, 'reports', f + '.meta.yaml')).read()
    if not re.search(r'^date: \d{4}-\d{2}-\d{2}$', meta, re.M) or 'source:' not in meta:
        errors.append('%s: bad sidecar' % f)
FIELDS = {'file', 'place', 'lat', 'lon', 'tol_km', 'actor_canonical', 'role', 'required', 'detail', 'evidence'}
gold = [json.loads(l) for l in open(os.path.join(HERE, 'gold.jsonl'))]
for i, g in enumerate(gold, 1):
    if not FIELDS <= set(g): errors.append('line %d: missing %s' % (i, FIELDS - set(g)))
    if g['file'] not in texts: errors.append('line %d: no file %s' % (i, g['file'])); continue
    if g['role'] not in ('holds', 'attacks', 'lost'): errors.append('line %d: role %s' % (i, g['role']))
    if g['actor_canonical'] not in merged: errors.append('line %d: actor %s' % (i, g['actor_canonical']))
    if norm(g['evidence']) not in texts[g['file']]: errors.append('line %d: evidence not verbatim: %s' % (i, g['evidence']))
    if not isinstance(g['required'], bool): errors.append('line %d: required not bool' % i)
    if ('date' in g) != ('historical' in g): errors.append('line %d: date/historical' % i)
    if not (-90 <= g['lat'] <= 90 and -180 <= g['lon'] <= 180): errors.append('line %d: coords' % i)
    if g['role'] == 'holds' and g['required'] and g['file'] and False: pass
uncovered = [f for f in reports if not any(g['file'] == f and g['required'] for g in gold)]
if uncovered: errors.append('reports without required gold: %s' % uncovered)
dups = {}
for g in gold:
    if g['required']:
        k = (g['file'], g['place'], g['actor_canonical'], g['role'], g.get('date'))
        dups[k] = dups.get(k, 0) + 1
errors += ['duplicate required: %s' % (k,) for k, v in dups.items() if v > 1]
print('%d reports, %d gold (%d required)' % (len(reports), len(gold), sum(g['required'] for g in gold)))
print('\n'.join(errors) if errors else 'OK')
sys.exit(1 if errors else 0)
