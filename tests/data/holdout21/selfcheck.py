"""Self-check for holdout21: evidence verbatim, actors known, JSON valid, roles, coordinates, word counts, sidecars."""
import json, os, re, math, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from geo import look

def norm(s):
    return re.sub(r'\s+', ' ', s).strip()

def dist(a, b, c, d):
    r = math.pi / 180
    x = math.sin((c - a) * r / 2) ** 2 + math.cos(a * r) * math.cos(c * r) * math.sin((d - b) * r / 2) ** 2
    return 12742 * math.asin(math.sqrt(x))

aliases = {}
for p in ['/work/main/tests/data/corpus_aliases.json', '/work/main/tests/data/holdout2/extra_aliases.json',
          os.path.join(HERE, 'extra_aliases.json')]:
    for k, v in json.load(open(p)).items():
        aliases.setdefault(k, []).extend(v)
rep = os.path.join(HERE, 'reports')
texts = {f: norm(open(os.path.join(rep, f)).read()) for f in os.listdir(rep) if f.endswith('.txt')}
errors = []
for f in texts:
    n = len(texts[f].split())
    if not 350 <= n <= 650:
        errors.append(f'{f}: {n} words')
    meta = os.path.join(rep, f + '.meta.yaml')
    if not os.path.exists(meta):
        errors.append(f'{f}: no sidecar')
    else:
        m = open(meta).read()
        if not re.search(r'^date: \d{4}-\d{2}-\d{2}$', m, re.M) or not re.search(r'^source: \S', m, re.M):
            errors.append(f'{f}: bad sidecar')
rows = [json.loads(l) for l in open(os.path.join(HERE, 'gold.jsonl'))]
keys = {'file', 'place', 'lat', 'lon', 'tol_km', 'actor_canonical', 'role', 'required', 'detail', 'evidence'}
per = {}
for i, r in enumerate(rows):
    if not keys <= set(r):
        errors.append(f'row {i}: missing {keys - set(r)}')
    if r['file'] not in texts:
        errors.append(f'row {i}: unknown file {r["file"]}')
        continue
    if norm(r['evidence']) not in texts[r['file']]:
        errors.append(f'row {i}: evidence not verbatim: {r["evidence"]!r}')
    if r['actor_canonical'] not in aliases:
        errors.append(f'row {i}: unknown actor {r["actor_canonical"]}')
    if r['role'] not in ('holds', 'attacks', 'lost'):
        errors.append(f'row {i}: bad role {r["role"]}')
    if not isinstance(r['required'], bool):
        errors.append(f'row {i}: required not bool')
    if 'date' in r and not re.fullmatch(r'\d{4}(-\d{2}(-\d{2})?)?', r['date']):
        errors.append(f'row {i}: bad date {r["date"]}')
    if r['tol_km'] == 30 and 'not in cities500' not in r['detail'] and 'Mu-se' not in r['detail'] and 'airport' not in r['place']:
        c = look(r['place'])
        if not c:
            errors.append(f'row {i}: settlement {r["place"]} not findable in cities500')
        elif min(dist(r['lat'], r['lon'], x['latitude'], x['longitude']) for x in c) > 1:
            errors.append(f'row {i}: {r["place"]} coordinate does not match a cities500 entry of that name')
    if r['required'] and 'not in cities500' in r['detail']:
        errors.append(f'row {i}: required claim on a place not in cities500')
    if r['place'].lower() not in texts[r['file']].lower() and True:
        errors.append(f'row {i}: place {r["place"]!r} not written in the report')
    per.setdefault(r['file'], [0, 0])
    per[r['file']][0] += 1
    per[r['file']][1] += r['required']
for f in sorted(texts):
    if f not in per:
        errors.append(f'{f}: no gold')
print('\n'.join(errors) if errors else 'OK: no errors')
print(len(texts), 'reports,', len(rows), 'claims,', sum(r['required'] for r in rows), 'required')
for f in sorted(per):
    print(f, len(texts[f].split()), 'words', per[f])
