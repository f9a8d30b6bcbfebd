# Check that each tol-30 gold place (as written) is a cities500 name/alternate name near the gold point.
import json, math, sys
sys.path.insert(0, '.')
from geo import find
def km(a, b, c, d):
    r = math.radians
    return 6371 * 2 * math.asin(math.sqrt(math.sin(r(c-a)/2)**2 + math.cos(r(a))*math.cos(r(c))*math.sin(r(d-b)/2)**2))
seen = {}
for line in open('gold.jsonl'):
    d = json.loads(line)
    if d['tol_km'] > 30: continue
    key = (d['place'], d['lat'], d['lon'])
    if key in seen: 
        if not seen[key][0] and d['required']: seen[key] = (False, True)
        continue
    hits = find(d['place'])
    ok = any(km(d['lat'], d['lon'], h[2], h[3]) < 5 for h in hits)
    seen[key] = (ok, d['required'])
for k, (ok, req) in seen.items():
    if not ok: print('NOT IN cities500 as written:', k, 'required' if req else 'optional-only?')
