"""Self-check for holdout37: evidence verbatim, actors known, roles, JSON, sidecars, word counts."""
import json, os, re, glob, sys
HERE = os.path.dirname(os.path.abspath(__file__))
DATA = '/work/main/tests/data'
aliases = {}
for p in (os.path.join(DATA, 'corpus_aliases.json'), os.path.join(DATA, 'holdout2', 'extra_aliases.json'),
          os.path.join(HERE, 'extra_aliases.json')):
    for k, v in json.load(open(p, encoding='utf-8')).items():
        aliases.setdefault(k, []).extend(v)
base_keys = set(json.load(open(os.path.join(DATA, 'corpus_aliases.json')))) | set(json.load(open(os.path.join(DATA, 'holdout2', 'extra_aliases.json'))))
extra = json.load(open(os.path.join(HERE, 'extra_aliases.json'), encoding='utf-8'))
errs = []
for k in extra:
    if k in base_keys:
        errs.append(f'extra alias key already exists: {k}')
norm = lambda s: re.sub(r'\s+', ' ', s).strip()
texts = {}
for p in sorted(glob.glob(os.path.join(HERE, 'reports', '*.txt'))):
    t = open(p, encoding='utf-8').read()
    texts[os.path.basename(p)] = norm(t)
    n = len(t.split())
    if not 350 <= n <= 650:
        errs.append(f'{p}: {n} words')
    meta = p + '.meta.yaml'
    if not os.path.exists(meta):
        errs.append(f'missing sidecar {meta}')
    else:
        m = open(meta).read()
        if not re.search(r'^date: \d{4}-\d{2}-\d{2}$', m, re.M) or not re.search(r'^source: \S', m, re.M):
            errs.append(f'bad sidecar {meta}')
FIELDS = {'file', 'place', 'lat', 'lon', 'tol_km', 'actor_canonical', 'role', 'required', 'detail', 'evidence'}
n = req = 0
per = {}
for i, line in enumerate(open(os.path.join(HERE, 'gold.jsonl'), encoding='utf-8'), 1):
    d = json.loads(line)
    n += 1; req += d['required']
    per.setdefault(d['file'], [0, 0]); per[d['file']][0] += 1; per[d['file']][1] += d['required']
    missing = FIELDS - set(d)
    if missing: errs.append(f'line {i}: missing {missing}')
    if d['file'] not in texts: errs.append(f'line {i}: unknown file {d["file"]}')
    elif norm(d['evidence']) not in texts[d['file']]: errs.append(f'line {i}: evidence not verbatim: {d["evidence"]!r}')
    if d['actor_canonical'] not in aliases: errs.append(f'line {i}: unknown actor {d["actor_canonical"]}')
    if d['role'] not in ('holds', 'attacks', 'lost'): errs.append(f'line {i}: bad role {d["role"]}')
    if not isinstance(d['required'], bool): errs.append(f'line {i}: required not bool')
    if not (-90 <= d['lat'] <= 90 and -180 <= d['lon'] <= 180): errs.append(f'line {i}: bad coords')
    if 'date' in d and not re.fullmatch(r'\d{4}(-\d{2}(-\d{2})?)?', d['date']): errs.append(f'line {i}: bad date')
    if 'historical' in d and 'date' not in d: errs.append(f'line {i}: historical without date')
for f in texts:
    if f not in per: errs.append(f'no gold for {f}')
print(f'{len(texts)} reports, {n} claims, {req} required, {n-req} optional')
for f, (a, b) in sorted(per.items()): print(f'  {f}: {a} ({b})')
print('\n'.join(errs) if errs else 'ALL CHECKS PASSED')
sys.exit(1 if errs else 0)
