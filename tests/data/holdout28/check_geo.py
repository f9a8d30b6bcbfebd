"""Check that each settlement claim's place (as written) is a cities500 name/alternate name within tol_km of the gold point."""
import json, math, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from geo import find
def km(a, b, c, d):
    r = math.radians
    return 6371 * 2 * math.asin(math.sqrt(math.sin(r(c - a) / 2) ** 2 + math.cos(r(a)) * math.cos(r(c)) * math.sin(r(d - b) / 2) ** 2))
seen = {}
for l in open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'gold.jsonl')):
    r = json.loads(l)
    if r['tol_km'] > 30: continue
    key = (r['place'], r['lat'], r['lon'])
    if key in seen: continue
    hits = find(r['place'])
    ok = any(km(r['lat'], r['lon'], h[3], h[4]) <= r['tol_km'] for h in hits)
    seen[key] = ok
    if not ok: print('NOT FOUND as written:', r['place'], r['file'], r['required'])
print(len(seen), 'distinct settlement points checked')
