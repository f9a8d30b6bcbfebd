"""Self-check for holdout24: evidence verbatim, actors known, JSON valid, roles, coordinates, word counts."""
import json, os, re, sys
here = os.path.dirname(os.path.abspath(__file__))
ws = lambda s: re.sub(r'\s+', ' ', s).strip()
aliases = {}
for p in ('/work/main/tests/data/corpus_aliases.json', '/work/main/tests/data/holdout2/extra_aliases.json', os.path.join(here, 'extra_aliases.json')):
    for k, v in json.load(open(p)).items():
        aliases.setdefault(k, []).extend(v)
errors = 0
texts = {}
for f in sorted(os.listdir(os.path.join(here, 'reports'))):
    path = os.path.join(here, 'reports', f)
    if f.endswith('.txt'):
        texts[f] = ws(open(path).read())
        n = len(texts[f].split())
        if not 350 <= n <= 650:
            print('word count', f, n); errors += 1
        meta = path + '.meta.yaml'
        if not os.path.exists(meta):
            print('missing meta', f); errors += 1
        else:
            m = open(meta).read()
            if not re.search(r'^date: \d{4}-\d{2}-\d{2}$', m, re.M) or not re.search(r'^source: (AFP|Reuters|AP)$', m, re.M):
                print('bad meta', f); errors += 1
need = {'file', 'place', 'lat', 'lon', 'tol_km', 'actor_canonical', 'role', 'required', 'detail', 'evidence'}
per = {}
for i, line in enumerate(open(os.path.join(here, 'gold.jsonl')), 1):
    d = json.loads(line)
    if need - d.keys():
        print(i, 'missing fields', need - d.keys()); errors += 1
    if d['file'] not in texts:
        print(i, 'unknown file', d['file']); errors += 1; continue
    if ws(d['evidence']) not in texts[d['file']]:
        print(i, 'evidence not verbatim:', d['evidence']); errors += 1
    if d['actor_canonical'] not in aliases:
        print(i, 'unknown actor', d['actor_canonical']); errors += 1
    if d['role'] not in ('holds', 'attacks', 'lost'):
        print(i, 'bad role', d['role']); errors += 1
    if not isinstance(d['required'], bool) or not (-90 <= d['lat'] <= 90 and -180 <= d['lon'] <= 180):
        print(i, 'bad values'); errors += 1
    if ('date' in d) != ('historical' in d):
        print(i, 'date/historical mismatch'); errors += 1
    per.setdefault(d['file'], [0, 0])
    per[d['file']][0] += 1; per[d['file']][1] += d['required']
for f in texts:
    if f not in per:
        print('no gold for', f); errors += 1
print(len(texts), 'reports;', sum(v[0] for v in per.values()), 'claims;', sum(v[1] for v in per.values()), 'required;', errors, 'errors')
sys.exit(1 if errors else 0)
